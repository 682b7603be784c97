import { describe, expect, it } from 'vitest';
import { agreementLabel, deadlineFacts, rowTitle } from '../../src/domain/caseRowFacts';
import { parseIsoDate, type IsoDate } from '../../src/domain/isoDate';
import { regionProfile } from '../../src/domain/regionProfiles';
import { sv } from '../../src/i18n/sv';
import { en } from '../../src/i18n/en';
import { indexRow } from '../helpers/indexRows';

const today = parseIsoDate('2026-11-22') as IsoDate;

/** The words a list row shows for its deadline, as CaseRow puts them together. */
function deadlineWords(facts: ReturnType<typeof deadlineFacts>, lists = sv.lists): string {
  if (facts.kind === 'left') return lists.daysLeft(facts.days);
  if (facts.kind === 'overdue') return lists.overdueDays(facts.days);
  if (facts.kind === 'today') return lists.dueToday;
  return '';
}

describe('a list row says how long is left to answer', () => {
  it.each<[string, Partial<Parameters<typeof indexRow>[0]>, string]>([
    ['many days left', { deadline: '2026-12-22' }, '30 dagar kvar'],
    ['one day left', { deadline: '2026-11-23' }, '1 dag kvar'],
    ['due today', { deadline: '2026-11-22' }, 'Svar senast i dag'],
    ['one day late', { deadline: '2026-11-21' }, 'försenad 1 dag'],
    ['many days late', { deadline: '2026-09-23' }, 'försenad 60 dagar'],
    ['answered: no countdown', { deadline: '2026-09-23', status: 'answered' }, ''],
    ['closed: no countdown', { deadline: '2026-12-22', status: 'closed' }, ''],
    ['a draft has none', { deadline: null, status: 'draft' }, ''],
    ['no deadline in the profile', { deadline: null }, ''],
  ])('%s', (_name, overrides, expected) => {
    expect(deadlineWords(deadlineFacts(indexRow(overrides), today))).toBe(expected);
  });

  it('says it in English too', () => {
    expect(deadlineWords(deadlineFacts(indexRow({ deadline: '2026-11-19' }), today), en.lists)).toBe('3 days overdue');
    expect(deadlineWords(deadlineFacts(indexRow({ deadline: '2026-11-23' }), today), en.lists)).toBe('1 day left');
  });
});

describe('a list row is titled by what happened', () => {
  it.each<[string, string, string]>([
    ['a short description, whole', 'Ingen information vid utskrivning', 'Ingen information vid utskrivning'],
    ['spaces and line breaks on one line', '  Läkemedelslistan\n saknades  ', 'Läkemedelslistan saknades'],
    [
      'the first ten words, cut at a word',
      'Brukaren kom hem på fredagskvällen utan läkemedel och utan att hemsjukvården hade fått besked',
      'Brukaren kom hem på fredagskvällen utan läkemedel och utan att…',
    ],
    [
      'at most 70 characters',
      'Utskrivningsmeddelandet från avdelningen kom aldrig fram till hemsjukvårdsenheten i stadsdelen',
      'Utskrivningsmeddelandet från avdelningen kom aldrig fram till…',
    ],
    [
      'no punctuation before the ellipsis',
      'Ett, två, tre, fyra, fem, sex, sju, åtta, nio, tio, elva',
      'Ett, två, tre, fyra, fem, sex, sju, åtta, nio, tio…',
    ],
    ['nothing written yet', '', ''],
  ])('%s', (_name, summary, expected) => {
    expect(rowTitle(summary)).toBe(expected);
  });

  it("names the agreement beside it, from the profile, else the row's stored title", () => {
    const profile = regionProfile('goteborgsomradet');
    const agreement = profile.agreements[0]!;
    expect(agreementLabel(indexRow({ agreementId: agreement.id, title: 'x' }), profile)).toBe(
      (agreement as { shortName?: string }).shortName ?? agreement.name,
    );
    expect(agreementLabel(indexRow({ agreementId: 'other', title: 'Egen rutin för SIP' }), profile)).toBe(
      'Egen rutin för SIP',
    );
  });
});
