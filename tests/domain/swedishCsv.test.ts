import { describe, expect, it } from 'vitest';
import { toSwedishCsv } from '../../src/domain/swedishCsv';

describe('CSV for Swedish Excel', () => {
  it('starts with a BOM, separates by semicolon, ends lines with CRLF and uses the decimal comma', () => {
    expect(
      toSwedishCsv([
        ['Tid', 'Vem'],
        ['2026-11-29 14:02', 'Anna Berg'],
        ['Median', 12.5],
      ]),
    ).toBe('\uFEFFTid;Vem\r\n2026-11-29 14:02;Anna Berg\r\nMedian;12,5\r\n');
  });

  it.each([
    ['Berg; Anna', '"Berg; Anna"'],
    ['säger "hej"', '"säger ""hej"""'],
    ['två\nrader', '"två\nrader"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['-1', "'-1"],
  ])('writes %j as %s', (value, written) => {
    expect(toSwedishCsv([[value]])).toBe(`\uFEFF${written}\r\n`);
  });

  it('writes an empty field for a missing value', () => {
    expect(toSwedishCsv([['a', null, 'c']])).toBe('\uFEFFa;;c\r\n');
  });
});
