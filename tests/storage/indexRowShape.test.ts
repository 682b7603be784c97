import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { CaseIndexEntrySchema, type CaseIndexEntry } from '../../src/domain/caseIndex';
import { hasIndexShape, INDEX_SHAPE_KNOWN, validRows } from '../../src/storage/caseIndexStore';

const ROW: CaseIndexEntry = {
  id: '00000000-0000-4000-8000-000000000001',
  profileId: 'goteborgsomradet',
  title: 'Riktlinje för samverkan vid in- och utskrivning',
  summary: 'Utskrivning skedde utan meddelande.',
  status: 'submitted',
  reporterUnit: 'Hemsjukvården Centrum',
  reporterOrganisation: 'Göteborgs stad',
  receivingOrganisation: 'Västra Götalandsregionen',
  receivingUnit: 'Avdelning 12',
  receivingUnitId: 'vgr-avd12',
  receivingOrgId: 'vgr',
  agreementId: 'vg-utskrivning',
  area: 'utskrivning',
  eventDate: '2026-11-02',
  discoveredDate: '2026-11-03',
  submittedAt: 1_000,
  deadline: '2026-12-03',
  createdAt: 900,
  updatedAt: 1_000,
  syncState: 'synced',
  seenAt: null,
};

/** What validRows returns for one row, by the schema alone (the reference). */
const bySchema = (row: unknown) => {
  const result = v.safeParse(CaseIndexEntrySchema, row);
  return result.success ? [result.output] : [];
};

const variants: [string, unknown][] = [
  ['a complete row', ROW],
  ['escalated, with its author', { ...ROW, escalated: true, authorPersonId: 'p-1' }],
  ['not yet submitted', { ...ROW, submittedAt: null, deadline: null, status: 'draft', seenAt: 5 }],
  ['a row from before reporterOrganisation', (({ reporterOrganisation: _, ...rest }) => rest)(ROW)],
  ['a row from before seenAt', (({ seenAt: _, ...rest }) => rest)(ROW)],
  ['a stray key', { ...ROW, legacy: 'x' }],
  ['escalated left undefined', { ...ROW, escalated: undefined }],
  ['an unknown status', { ...ROW, status: 'lost' }],
  ['an unknown sync state', { ...ROW, syncState: 'maybe' }],
  ['an id that is no UUID', { ...ROW, id: 'case-1' }],
  ['a missing title', (({ title: _, ...rest }) => rest)(ROW)],
  ['a numeric summary', { ...ROW, summary: 42 }],
  ['NaN as updatedAt', { ...ROW, updatedAt: Number.NaN }],
  ['a string as submittedAt', { ...ROW, submittedAt: '1000' }],
  ['a number as deadline', { ...ROW, deadline: 3 }],
  ['a wrong fallback field', { ...ROW, receivingOrgId: 7 }],
  ['null', null],
  ['a string', 'row'],
];

describe('index rows read back: the quick shape check', () => {
  it('knows every key of the schema (else every row takes the schema)', () => {
    expect(INDEX_SHAPE_KNOWN).toBe(true);
  });

  it.each(variants)('gives what the schema gives for %s', (_name, row) => {
    expect(validRows([row])).toEqual(bySchema(row));
  });

  it('takes the quick path only for rows the schema returns unchanged', () => {
    for (const [, row] of variants) if (hasIndexShape(row)) expect(bySchema(row)).toEqual([row]);
    expect(hasIndexShape(ROW)).toBe(true);
    expect(hasIndexShape({ ...ROW, legacy: 'x' })).toBe(false);
  });

  it('keeps the order of the rows and skips the corrupt ones', () => {
    const second = { ...ROW, id: '00000000-0000-4000-8000-000000000002' };
    expect(validRows([ROW, { ...ROW, status: 'lost' }, second]).map((r) => r.id)).toEqual([ROW.id, second.id]);
  });
});
