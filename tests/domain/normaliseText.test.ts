import { describe, expect, it } from 'vitest';
import { normaliseText, toOriginalRange } from '../../src/domain/normaliseText';

describe('normalising text before the PII guard matches it', () => {
  it.each<[string, string, string]>([
    ['ASCII stays as it is', 'Pnr 720908-6425.', 'Pnr 720908-6425.'],
    ['Swedish letters stay', 'Åsa på Öland, ärende', 'Åsa på Öland, ärende'],
    ['a letter and a combining mark become one letter', 'Ka\u0308rlsson', 'Kärlsson'],
    ['the en dash becomes a hyphen', '720908\u20136425', '720908-6425'],
    ['the em dash becomes a hyphen', '720908\u20146425', '720908-6425'],
    ['the hyphen U+2010 becomes a hyphen', '720908\u20106425', '720908-6425'],
    ['the non-breaking hyphen becomes a hyphen', '720908\u20116425', '720908-6425'],
    ['the figure dash becomes a hyphen', '720908\u20126425', '720908-6425'],
    ['the horizontal bar becomes a hyphen', '720908\u20156425', '720908-6425'],
    ['the minus sign becomes a hyphen', '720908\u22126425', '720908-6425'],
    ['the small em dash becomes a hyphen', '720908\ufe586425', '720908-6425'],
    ['the small hyphen-minus becomes a hyphen', '720908\ufe636425', '720908-6425'],
    ['the full-width hyphen becomes a hyphen', '720908\uff0d6425', '720908-6425'],
    ['a non-breaking space becomes a space', '720908\u00a06425', '720908 6425'],
    ['a narrow no-break space becomes a space', '070\u202f123', '070 123'],
    ['a thin space becomes a space', '12\u200934', '12 34'],
    ['a figure space becomes a space', '12\u200734', '12 34'],
    ['an em space becomes a space', '12\u200334', '12 34'],
    ['an ideographic space becomes a space', '12\u300034', '12 34'],
    ['a tab becomes a space', '12\t34', '12 34'],
    ['a zero-width space is removed', '7209\u200b08', '720908'],
    ['a zero-width joiner is removed', '7209\u200d08', '720908'],
    ['a word joiner is removed', '7209\u206008', '720908'],
    ['a byte-order mark is removed', '\ufeff720908', '720908'],
    ['a soft hyphen is removed', '7209\u00ad08', '720908'],
    ['full-width digits become ASCII', '\uff17\uff12\uff10\uff19', '7209'],
    ['a full-width plus becomes a plus', '811218\uff0b9876', '811218+9876'],
    ['a ligature is expanded', '\ufb01l', 'fil'],
    ['a line break inside a number is joined', '720908-\n6425', '720908-6425'],
    ['a line break with spaces inside a number is joined', '720908 \n 6425', '7209086425'],
    ['a Windows line break inside a number is joined', '7209\r\n08', '720908'],
    ['a line separator inside a number is joined', '7209\u202808', '720908'],
    ['a line break between words stays', 'rum 4\nSängen', 'rum 4\nSängen'],
    ['a blank line between numbers stays', 'Rum 4\n\n5 patienter', 'Rum 4\n\n5 patienter'],
  ])('%s', (_name, input, expected) => {
    expect(normaliseText(input).text).toBe(expected);
  });

  it.each<[string, string, string, string]>([
    [
      'full-width digits',
      'pnr \uff17\uff12\uff10\uff19\uff10\uff18 idag',
      '720908',
      '\uff17\uff12\uff10\uff19\uff10\uff18',
    ],
    ['a number broken over two lines', 'pnr 720908-\r\n6425 idag', '720908-6425', '720908-\r\n6425'],
    [
      'a number with invisible characters',
      'pnr 7209\u200b08\u00ad-6425 idag',
      '720908-6425',
      '7209\u200b08\u00ad-6425',
    ],
    ['a name with a combining mark', 'Fru Ka\u0308rlsson idag', 'Kärlsson', 'Ka\u0308rlsson'],
    ['a ligature', 'ett \ufb01l idag', 'fil', '\ufb01l'],
  ])('maps a range found in %s back to exactly what was typed', (_name, input, found, typed) => {
    const normalised = normaliseText(input);
    const at = normalised.text.indexOf(found);
    const [start, end] = toOriginalRange(normalised, at, at + found.length);
    expect(input.slice(start, end)).toBe(typed);
  });

  it('keeps one original range per normalised character, never going backwards', () => {
    const input = 'A\u0308 \ufb01 \uff17\u200b\u2013\r\n9 x';
    const { text, starts, ends } = normaliseText(input);
    expect(starts).toHaveLength(text.length);
    expect(ends).toHaveLength(text.length);
    for (let i = 1; i < text.length; i++) {
      expect(starts[i]!).toBeGreaterThanOrEqual(starts[i - 1]!);
      expect(ends[i]!).toBeGreaterThanOrEqual(ends[i - 1]!);
    }
    expect(toOriginalRange(normaliseText(input), 0, text.length)).toEqual([0, input.length]);
  });
});
