import { describe, expect, it } from 'vitest';
import type { CaseSide } from '../../src/domain/caseActionRules';
import { parseIsoDate, type IsoDate } from '../../src/domain/isoDate';
import type { CaseStatus } from '../../src/domain/status';
import { formatShortDate, readerStatusText, statusForReader, type ReaderFacts } from '../../src/domain/statusForReader';
import { caseViewSv } from '../../src/i18n/caseViewSv';
import { caseViewEn } from '../../src/i18n/caseViewEn';

const date = (text: string): IsoDate => parseIsoDate(text)!;
const TODAY = date('2026-11-20');

function facts(overrides: Partial<ReaderFacts> = {}): ReaderFacts {
  return {
    status: 'submitted',
    side: 'receiver',
    isAuthor: false,
    synced: true,
    reportingUnit: 'Hemsjukvården Centrum',
    receivingUnit: 'Avd 12',
    deadline: date('2027-01-28'),
    today: TODAY,
    ...overrides,
  };
}

/** [who reads, status, author's device?, synced?, deadline, today, Swedish line] */
const SWEDISH: [string, CaseSide, CaseStatus, boolean, boolean, string | null, string, string][] = [
  [
    'the receiving manager, a case just arrived',
    'receiver',
    'submitted',
    false,
    true,
    '2026-11-28',
    '2026-11-20',
    'Mottagen hos er – svara senast 28 nov',
  ],
  [
    'the receiver, even when its index says pending',
    'receiver',
    'submitted',
    false,
    false,
    '2026-11-28',
    '2026-11-20',
    'Mottagen hos er – svara senast 28 nov',
  ],
  [
    'the receiver, deadline next year',
    'receiver',
    'submitted',
    false,
    true,
    '2027-01-28',
    '2026-11-20',
    'Mottagen hos er – svara senast 28 jan 2027',
  ],
  [
    'the receiver after acknowledging',
    'receiver',
    'received',
    false,
    true,
    '2026-11-28',
    '2026-11-20',
    'Mottagen och bekräftad av er – svara senast 28 nov',
  ],
  [
    'the receiver of a reopened case',
    'receiver',
    'investigating',
    false,
    true,
    '2026-11-28',
    '2026-11-20',
    'Under utredning hos er – svara senast 28 nov',
  ],
  [
    'the receiver, three days late',
    'receiver',
    'received',
    false,
    true,
    '2026-11-17',
    '2026-11-20',
    'Mottagen och bekräftad av er – svaret är försenat 3 dagar (senast 17 nov)',
  ],
  [
    'the receiver, one day late',
    'receiver',
    'submitted',
    false,
    true,
    '2026-11-19',
    '2026-11-20',
    'Mottagen hos er – svaret är försenat 1 dag (senast 19 nov)',
  ],
  [
    'the receiver, region without a deadline',
    'receiver',
    'submitted',
    false,
    true,
    null,
    '2026-11-20',
    'Mottagen hos er',
  ],
  [
    'the receiver in a joint analysis',
    'receiver',
    'jointAnalysis',
    false,
    true,
    '2026-11-28',
    '2026-11-20',
    'Gemensam analys med Hemsjukvården Centrum – svara senast 28 nov',
  ],
  [
    'the receiver once answered: no deadline left',
    'receiver',
    'answered',
    false,
    true,
    '2026-11-28',
    '2026-11-20',
    'Besvarad – Hemsjukvården Centrum följer upp och avslutar',
  ],
  ['the receiver of a closed case', 'receiver', 'closed', false, true, '2026-11-28', '2026-11-20', 'Avslutad'],
  [
    'the author before her tablet synced',
    'sender',
    'submitted',
    true,
    false,
    '2026-11-28',
    '2026-11-20',
    'Skickad – väntar på synk',
  ],
  [
    'the author once synced',
    'sender',
    'submitted',
    true,
    true,
    '2026-11-28',
    '2026-11-20',
    'Skickad till Avd 12 – svar senast 28 nov',
  ],
  [
    'the reporting manager, never "waiting for sync"',
    'sender',
    'submitted',
    false,
    false,
    '2026-11-28',
    '2026-11-20',
    'Skickad till Avd 12 – svar senast 28 nov',
  ],
  [
    'the author after the receiver acknowledged',
    'sender',
    'received',
    true,
    true,
    '2026-11-28',
    '2026-11-20',
    'Mottagen av Avd 12 – svar senast 28 nov',
  ],
  [
    'the author, answer overdue',
    'sender',
    'received',
    true,
    true,
    '2026-11-10',
    '2026-11-20',
    'Mottagen av Avd 12 – svaret är försenat 10 dagar (senast 10 nov)',
  ],
  [
    'the author with an answer',
    'sender',
    'answered',
    true,
    true,
    '2026-11-28',
    '2026-11-20',
    'Besvarad av Avd 12 – läs svaret',
  ],
  ['the author after closing', 'sender', 'closed', true, true, '2026-11-28', '2026-11-20', 'Avslutad'],
  ['the author of a draft', 'sender', 'draft', true, false, null, '2026-11-20', 'Utkast – inte skickad'],
];

describe('the status worded for whoever reads it', () => {
  it.each(SWEDISH)('%s', (_name, side, status, isAuthor, synced, deadline, today, expected) => {
    const reader = statusForReader(
      facts({ side, status, isAuthor, synced, deadline: deadline ? date(deadline) : null, today: date(today) }),
    );
    expect(readerStatusText(reader, side === 'receiver', date(today), caseViewSv)).toBe(expected);
  });

  it('never tells a device the case reached from the relay that it waits for sync', () => {
    for (const status of ['submitted', 'received', 'answered'] as const) {
      const reader = statusForReader(facts({ side: 'receiver', status, synced: false }));
      expect(reader.phrase).not.toBe('sentWaitingForSync');
    }
  });

  it('names the other side: the reporter for the receiver, the receiver for the reporter', () => {
    expect(statusForReader(facts({ side: 'receiver' })).counterpart).toBe('Hemsjukvården Centrum');
    expect(statusForReader(facts({ side: 'sender' })).counterpart).toBe('Avd 12');
  });

  it('says it in English too', () => {
    const receiver = statusForReader(facts({ deadline: date('2026-11-28') }));
    expect(readerStatusText(receiver, true, TODAY, caseViewEn)).toBe('Received by you – answer by 28 Nov');
    const sender = statusForReader(facts({ side: 'sender', isAuthor: true, deadline: date('2026-11-28') }));
    expect(readerStatusText(sender, false, TODAY, caseViewEn)).toBe('Sent to Avd 12 – answer due 28 Nov');
  });
});

describe('short dates', () => {
  it.each([
    ['2026-01-28', '2026-11-20', '28 jan'],
    ['2026-03-01', '2026-11-20', '1 mars'],
    ['2027-01-28', '2026-11-20', '28 jan 2027'],
    ['2025-12-31', '2026-01-02', '31 dec 2025'],
  ])('%s seen on %s is "%s"', (day, today, expected) => {
    expect(formatShortDate(date(day), date(today), caseViewSv.months)).toBe(expected);
  });
});
