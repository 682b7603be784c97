import { describe, expect, it } from 'vitest';
import { applySplices, mergeText, releaseSplices } from '../../src/domain/textMerge';

const count = (text: string, char: string) => text.split(char).length - 1;

describe('release splice: a held edit merged into the shared text as it is now', () => {
  it.each<[string, string, string, string, string]>([
    // [what happens, base (when the hold began), held (this device), current (shared now), released]
    ['nothing changed elsewhere: the held text as it is', 'Kl ', 'Kl 14.30', 'Kl ', 'Kl 14.30'],
    ['the other side typed before the held number', 'Kl ', 'Kl 14.30', 'Ring. Kl ', 'Ring. Kl 14.30'],
    ['the other side typed after the held number', 'Kl  ring', 'Kl 14.30 ring', 'Kl  ring 112', 'Kl 14.30 ring 112'],
    ['both typed at the end: theirs first, then mine', 'Rum ', 'Rum 12', 'Rum Vera', 'Rum Vera12'],
    ['the other side typed inside the text this device changed', 'ab cd', 'a1b c2d', 'ab XY cd', 'a1b XY c2d'],
    ['the other side deleted what this device also deleted', 'rum 12 och 34', 'rum 34', 'rum och 34', 'rum 34'],
    [
      'the other side deleted across this device\u2019s number',
      'dosen 5 mg gavs',
      'dosen 25 mg gavs',
      'dosen gavs',
      'dosen 2gavs',
    ],
    ['this device deleted text the other side typed into', 'abcdef', 'af', 'abcXdef', 'aXf'],
    ['repeated characters: one more digit in a run of them', '1111', '11111', '11X11', '11X111'],
    ['repeated characters on both sides', 'aa', 'aaa', 'aaaa', 'aaaaa'],
    [
      'digits typed in two places while held',
      'kl  och kl ',
      'kl 8 och kl 16',
      'kl  (Anna) och kl ',
      'kl 8 (Anna) och kl 16',
    ],
    [
      'this device replaced a number the other side left alone',
      'vecka 12, rum 4',
      'vecka 13, rum 4',
      'vecka 12, rum 4B',
      'vecka 13, rum 4B',
    ],
    ['a held edit that changed nothing', 'text 1', 'text 1', 'ny text 1', 'ny text 1'],
    ['an empty field filled on both sides', '', '070', 'Ring ', 'Ring 070'],
  ])('%s', (_what, base, held, current, released) => {
    const splices = releaseSplices(base, held, current);
    expect(applySplices(current, splices)).toBe(released);
    expect(mergeText(base, held, current)).toBe(released);
  });

  it('gives only this device\u2019s own changes, at their places in the current text', () => {
    expect(releaseSplices('kl  och kl ', 'kl 8 och kl 16', 'kl  (Anna) och kl ')).toEqual([
      { index: 3, deleteCount: 0, insert: '8' },
      { index: 18, deleteCount: 0, insert: '16' },
    ]);
  });

  it('gives no splice when this device changed nothing', () => {
    expect(releaseSplices('samma', 'samma', 'samma text')).toEqual([]);
  });

  it.each<[string, string, string]>([
    ['a1a1a1', 'a1Xa1a12', 'a11a1Ya1'],
    ['Kl 14 och 15', 'Kl 14.30 och 15.45', 'Vera: Kl 14 och 15 (ungefär)'],
    ['0701234567', '070-123 45 67', '070 1234567'],
  ])('keeps every character either side typed, exactly once (%j)', (base, held, current) => {
    const merged = mergeText(base, held, current);
    expect(count(merged, 'X')).toBe(count(held, 'X'));
    expect(count(merged, 'Y')).toBe(count(current, 'Y'));
    expect(mergeText(base, held, base)).toBe(held);
    expect(mergeText(base, base, current)).toBe(current);
  });

  it('stays exact for every pair of random edits of a short text with repeated characters and digits', () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const edit = (text: string, mark: string) => {
      let out = text;
      for (let n = 1 + Math.floor(random() * 4); n > 0; n--) {
        const at = Math.floor(random() * (out.length + 1));
        out = random() < 0.4 ? out.slice(0, at) + out.slice(at + 1) : out.slice(0, at) + mark + out.slice(at);
      }
      return out;
    };
    for (let i = 0; i < 2_000; i++) {
      const base = Array.from({ length: Math.floor(random() * 12) }, () => 'a1 '[Math.floor(random() * 3)]).join('');
      const held = edit(base, 'L');
      const current = edit(base, 'R');
      const merged = mergeText(base, held, current);
      expect([count(merged, 'L'), count(merged, 'R')]).toEqual([count(held, 'L'), count(current, 'R')]);
      expect(mergeText(base, held, base)).toBe(held);
      expect(mergeText(base, base, current)).toBe(current);
    }
  });
});
