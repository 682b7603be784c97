import { describe, expect, it } from 'vitest';
import {
  checkDateField,
  isRequired,
  validateSubmission,
  type ReportProblemCode,
} from '../../src/domain/reportValidation';
import { regionProfile } from '../../src/domain/regionProfiles';
import { parseReportDraft, type ReportDraft } from '../../src/domain/report';
import { parseIsoDate } from '../../src/domain/isoDate';
import { sv } from '../../src/i18n/sv';
import { completeReport } from '../helpers/factories';

const today = parseIsoDate('2026-11-22')!;
const profile = regionProfile('goteborgsomradet');

describe('submit validation', () => {
  it('accepts a complete report', () => {
    expect(validateSubmission(completeReport(), profile, today)).toEqual([]);
  });

  it('returns every missing field of an empty draft, in the order of the form', () => {
    const fields = validateSubmission({}, profile, today).map((p) => p.field);
    expect(fields).toEqual([
      'description',
      'eventType',
      'eventDate',
      'consequenceSeverity',
      'receivingOrganisation',
      'receivingUnit',
      'agreementId',
      'classification',
      'reporterName',
      'reporterRole',
      'reporterUnit',
      'reporterOrganisation',
    ]);
  });

  it.each<[string, Partial<ReportDraft>]>([
    ['the discovery date (it is the event date)', { discoveredDate: undefined }],
    ['the area when the agreement implies it', { area: undefined }],
    ['whether it may be a system failure (she cannot know)', { systemFailure: undefined }],
    ['her contact details', { reporterContact: undefined }],
  ])('does not ask for %s', (_name, overrides) => {
    expect(validateSubmission(completeReport(overrides), profile, today)).toEqual([]);
  });

  it('asks for the area when the document is not in the library', () => {
    const draft = completeReport({
      agreementId: 'annat',
      agreementText: 'Lokal rutin för nyckelhantering',
      area: undefined,
    });
    expect(validateSubmission(draft, profile, today)).toEqual([{ field: 'area', code: 'required' }]);
    expect(isRequired('area', draft, profile)).toBe(true);
    expect(isRequired('area', completeReport(), profile)).toBe(false);
  });

  it.each<[string, string, ReportProblemCode | null]>([
    ['a slip that made the year 1120 (20261120 in a date control)', '1120-11-20', 'date_out_of_range'],
    ['a year before 2000', '1999-12-31', 'date_out_of_range'],
    ['a six-digit year', '202611-11-20', 'invalid_date'],
    ['a year far ahead', '2031-01-01', 'date_out_of_range'],
    ['tomorrow', '2026-11-23', 'future_date'],
    ['today', '2026-11-22', null],
    ['the first day of 2000', '2000-01-01', null],
    ['a day that does not exist', '2026-02-30', 'invalid_date'],
    ['half a date', '2026-11', 'invalid_date'],
  ])('checks a typed date the moment the field is left: %s', (_name, value, code) => {
    expect(checkDateField(value, today)).toBe(code);
    const problems = validateSubmission(
      completeReport({ eventDate: value, discoveredDate: undefined }),
      profile,
      today,
    );
    expect(problems.find((p) => p.field === 'eventDate')?.code ?? null).toBe(code);
  });

  it.each<[string, Partial<ReportDraft>, string, string]>([
    ['a date that does not exist', { eventDate: '2026-02-30' }, 'eventDate', 'invalid_date'],
    ['an event in the future', { eventDate: '2026-12-01', discoveredDate: '2026-12-01' }, 'eventDate', 'future_date'],
    ['discovered before it happened', { discoveredDate: '2026-11-01' }, 'discoveredDate', 'discovered_before_event'],
    ['an agreement from another region', { agreementId: 'bl-sip' }, 'agreementId', 'not_in_profile'],
    ['"other agreement" without a text', { agreementId: 'annat' }, 'agreementText', 'required'],
    ['a classification not in the list', { classification: 'x' }, 'classification', 'not_in_profile'],
    ['a description too short to act on', { description: 'Fel.' }, 'description', 'too_short'],
    [
      'a personnummer in the description',
      { description: 'Patient 811218-9876 skrevs ut utan info' },
      'description',
      'contains_personal_data',
    ],
    [
      'a failing look-alike in immediate action',
      { immediateAction: 'Ringde om 811218-9875' },
      'immediateAction',
      'contains_personal_data',
    ],
    ['blank text only', { reporterName: '   ' }, 'reporterName', 'required'],
    ['a pasted description over the limit', { description: 'x'.repeat(20_001) }, 'description', 'too_long'],
    ['a name longer than a name can be', { reporterName: 'N'.repeat(201) }, 'reporterName', 'too_long'],
    [
      'a personnummer in the receiving unit',
      { receivingUnit: 'Avd 12, pat 811218-9876' },
      'receivingUnit',
      'contains_personal_data',
    ],
    [
      'a personnummer as own-system reference',
      { ownSystemReference: '811218-9876' },
      'ownSystemReference',
      'contains_personal_data',
    ],
  ])('rejects %s', (_name, overrides, field, code) => {
    const problems = validateSubmission(completeReport(overrides), profile, today);
    expect(problems).toContainEqual({ field, code });
  });

  it('lets warnings through: a phone number does not stop submission', () => {
    expect(validateSubmission(completeReport({ consequenceText: 'Ring 070-123 45 67' }), profile, today)).toEqual([]);
  });

  it('has a Swedish text for every problem code', () => {
    const codes = [
      'required',
      'invalid_date',
      'future_date',
      'date_out_of_range',
      'discovered_before_event',
      'not_in_profile',
      'too_short',
      'too_long',
      'contains_personal_data',
    ] as const;
    for (const code of codes) expect(sv.problem[code]).toMatch(/\S/);
  });
});

describe('draft parsing', () => {
  it('keeps well-typed fields and drops wrong ones without throwing', () => {
    const draft = parseReportDraft({ description: 'Hej', consequenceSeverity: 9, eventType: 'risk', junk: 1 });
    expect(draft.description).toBe('Hej');
    expect(draft.eventType).toBe('risk');
    expect(draft.consequenceSeverity).toBeUndefined();
  });

  it('keeps a text longer than the limit, so the field never blanks and loses it', () => {
    expect(parseReportDraft({ description: 'x'.repeat(25_000) }).description).toHaveLength(25_000);
  });

  it('treats garbage as an empty draft', () => {
    expect(parseReportDraft(null)).toEqual(parseReportDraft({}));
  });
});
