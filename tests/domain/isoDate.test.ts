import { describe, expect, it } from 'vitest';
import { isInReportYears, parseIsoDate, parseTypedDate, swedishDateOf } from '../../src/domain/isoDate';

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

describe('swedishDateOf', () => {
  const intl = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });

  it.each([
    // Around the spring change (last Sunday of March 2026 is the 29th, 01:00 UTC).
    ['2026-03-28T22:59:59Z', '2026-03-28'],
    ['2026-03-28T23:00:00Z', '2026-03-29'],
    ['2026-03-29T21:59:59Z', '2026-03-29'],
    ['2026-03-29T22:00:00Z', '2026-03-30'],
    // Around the autumn change (25 October 2026, 01:00 UTC).
    ['2026-10-24T21:59:59Z', '2026-10-24'],
    ['2026-10-24T22:00:00Z', '2026-10-25'],
    ['2026-10-25T22:59:59Z', '2026-10-25'],
    ['2026-10-25T23:00:00Z', '2026-10-26'],
    // New Year's Eve in winter time.
    ['2026-12-31T22:59:59Z', '2026-12-31'],
    ['2026-12-31T23:00:00Z', '2027-01-01'],
  ])('%s is %s in Sweden', (instant, date) => {
    expect(swedishDateOf(new Date(instant))).toBe(date);
  });

  it('agrees with Intl (Europe/Stockholm) every 97 minutes from 1997 to 2040', () => {
    const disagreements: string[] = [];
    for (let ms = Date.UTC(1997, 0, 1); ms < Date.UTC(2040, 0, 1); ms += 97 * 60_000) {
      const instant = new Date(ms);
      if (swedishDateOf(instant) !== intl.format(instant)) disagreements.push(instant.toISOString());
    }
    expect(disagreements).toEqual([]);
  });
});
