import { describe, expect, it } from 'vitest';
import { isInReportYears, parseIsoDate, parseTypedDate } from '../../src/domain/isoDate';

const today = parseIsoDate('2026-11-20')!;

describe('a date as a person types it', () => {
  it.each<[string, boolean, string | null]>([
    ['2026-11-20', false, '2026-11-20'],
    ['20261120', false, '2026-11-20'],
    ['2026/11/20', false, '2026-11-20'],
    ['2026.11.20', false, '2026-11-20'],
    [' 2026 11 20 ', false, '2026-11-20'],
    ['2026-11-2', false, null],
    ['2026-11-2', true, '2026-11-02'],
    ['2026-1-5', true, '2026-01-05'],
    ['2026112', true, null],
    ['20261131', false, null],
    ['261120', true, null],
    ['20-11-2026', true, null],
    ['', true, null],
  ])('%j (left the field: %s) reads as %s', (text, complete, expected) => {
    expect(parseTypedDate(text, complete)).toBe(expected);
  });

  it.each<[string, boolean]>([
    ['2000-01-01', true],
    ['1999-12-31', false],
    ['1120-11-20', false],
    ['2027-12-31', true],
    ['2028-01-01', false],
  ])('%s lies in the years a report can be about: %s', (date, inRange) => {
    expect(isInReportYears(parseIsoDate(date)!, today)).toBe(inRange);
  });
});
