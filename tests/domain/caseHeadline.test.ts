import { describe, expect, it } from 'vitest';
import { caseHeadline, HEADLINE_AGREEMENT_LENGTH } from '../../src/domain/caseHeadline';
import { OTHER_AGREEMENT } from '../../src/domain/report';
import { completeReport } from '../helpers/factories';

const profile = {
  agreements: [
    { id: 'vg-utskrivning', name: 'Riktlinje för samverkan vid in- och utskrivning', shortName: 'In- och utskrivning' },
    { id: 'vg-lakemedel', name: 'Riktlinje för läkemedelshantering' },
    { id: 'blank-short', name: 'Överenskommelse om hemsjukvård', shortName: '  ' },
  ],
};

describe('the case heading: what happened, from whom', () => {
  it.each([
    ['the receiver reads who reported it', 'receiver', {}, 'Hemsjukvården Centrum', 'In- och utskrivning', false],
    ['the reporter reads whom it went to', 'sender', {}, 'Sahlgrenska, avdelning 12', 'In- och utskrivning', false],
    [
      'an agreement without a short name keeps its title',
      'receiver',
      { agreementId: 'vg-lakemedel' },
      'Hemsjukvården Centrum',
      'Riktlinje för läkemedelshantering',
      false,
    ],
    [
      'a blank short name falls back to the title',
      'receiver',
      { agreementId: 'blank-short' },
      'Hemsjukvården Centrum',
      'Överenskommelse om hemsjukvård',
      false,
    ],
    [
      "another document: the reporter's own words",
      'receiver',
      { agreementId: OTHER_AGREEMENT, agreementText: 'Lokal rutin  för\nnattpatrullen' },
      'Hemsjukvården Centrum',
      'Lokal rutin för nattpatrullen',
      true,
    ],
    ['no agreement chosen yet', 'sender', { agreementId: undefined }, 'Sahlgrenska, avdelning 12', '', false],
    [
      'an id the profile no longer has is shown as it is',
      'receiver',
      { agreementId: 'gammal-rutin' },
      'Hemsjukvården Centrum',
      'gammal-rutin',
      false,
    ],
  ] as const)('%s', (_name, side, overrides, unit, agreement, written) => {
    const headline = caseHeadline(completeReport(overrides), profile, side);
    expect(headline).toEqual({ unit, eventDate: '2026-11-02', agreement, agreementWritten: written });
  });

  it('shortens a long typed document name at a word, with an ellipsis', () => {
    const text =
      'Överenskommelse mellan kommunen och regionen om samordnad individuell plan för barn och unga med behov';
    const { agreement } = caseHeadline(
      completeReport({ agreementId: OTHER_AGREEMENT, agreementText: text }),
      profile,
      'receiver',
    );
    expect(agreement.length).toBeLessThanOrEqual(HEADLINE_AGREEMENT_LENGTH + 1);
    expect(agreement.endsWith('…')).toBe(true);
    expect(text.startsWith(agreement.slice(0, -1))).toBe(true);
  });
});
