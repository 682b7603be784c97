/**
 * Normalises free text before the PII guard matches it, and remembers where each normalised
 * character came from, so a hit found in the normalised text covers exactly what the person
 * typed. Invariant: `starts[i]`/`ends[i]` are the original range that produced normalised
 * character `i`; both are non-decreasing, so any normalised range maps to one original range.
 */
export interface NormalisedText {
  readonly text: string;
  readonly starts: ArrayLike<number>;
  readonly ends: ArrayLike<number>;
}

// Every dash, hyphen and minus that keyboards, Word and phones produce.
const DASHES = new Set([
  0x2d, 0x58a, 0x1806, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2043, 0x2212, 0x2796, 0x2e3a, 0x2e3b, 0xfe58,
  0xfe63, 0xff0d, 0x02d7, 0x207b, 0x208b,
]);
// Space-like characters (NFKC already folds most of them; these are kept explicit).
const SPACES = new Set([0x09, 0xa0, 0x1680, 0x202f, 0x205f, 0x3000, ...range(0x2000, 0x200a)]);
// Invisible characters: zero-width spaces and joiners, soft hyphen, direction marks.
const INVISIBLE = new Set([
  0xad,
  0x34f,
  0x61c,
  0x180e,
  0x200b,
  0x200c,
  0x200d,
  0x200e,
  0x200f,
  0xfeff,
  ...range(0x202a, 0x202e),
  ...range(0x2060, 0x2064),
  ...range(0x2066, 0x2069),
]);
const LINE_BREAKS = new Set([0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0x2028, 0x2029]);
const SLASHES = new Set([0x2044, 0x2215]);
const PLUSES = new Set([0x2795]);

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** One normalised character for a code point, '' to drop it, or null when NFKC must decide. */
function mapCodePoint(code: number): string | null {
  if (DASHES.has(code)) return '-';
  if (SPACES.has(code)) return ' ';
  if (INVISIBLE.has(code)) return '';
  if (LINE_BREAKS.has(code)) return '\n';
  if (SLASHES.has(code)) return '/';
  if (PLUSES.has(code)) return '+';
  // ASCII and the Latin-1 letters are already NFKC (the frequent case: no normalize() call).
  if (code < 0xa0 || (code >= 0xc0 && code <= 0xff)) return String.fromCharCode(code);
  // Full-width ASCII (digits and letters from Asian keyboards and some PDFs): NFKC's result, directly.
  if (code >= 0xff01 && code <= 0xff5e) return mapCodePoint(code - 0xfee0);
  return null;
}

const COMBINING = /\p{M}/u;
// Characters that normalise to themselves and can be copied in runs (the frequent case).
const PLAIN_RUN = /[\x20-\x7e\xc0-\xff\n]+/y;

/** Growable parallel arrays of original ranges, one entry per normalised character. */
class RangeMap {
  starts: Int32Array;
  ends: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }
  push(start: number, end: number): void {
    if (this.length === this.starts.length) this.grow();
    this.starts[this.length] = start;
    this.ends[this.length++] = end;
  }
  pushRun(start: number, end: number): void {
    while (this.length + (end - start) > this.starts.length) this.grow();
    for (let k = start; k < end; k++) {
      this.starts[this.length] = k;
      this.ends[this.length++] = k + 1;
    }
  }
  private grow(): void {
    const starts = new Int32Array(this.starts.length * 2 + 16);
    const ends = new Int32Array(starts.length);
    starts.set(this.starts);
    ends.set(this.ends);
    this.starts = starts;
    this.ends = ends;
  }
}

/** NFKC + dashes to '-', spaces to ' ', invisibles removed, a line break inside a number joined. */
export function normaliseText(original: string): NormalisedText {
  const out: string[] = [];
  const map = new RangeMap(original.length + 16);
  let i = 0;
  while (i < original.length) {
    PLAIN_RUN.lastIndex = i;
    if (PLAIN_RUN.test(original)) {
      let end = PLAIN_RUN.lastIndex;
      // A combining mark after the run belongs to the run's last letter: leave that letter to the slow path.
      if (end < original.length && end - 1 > i && isCombining(original, end)) end--;
      if (end > i && !(end === i + 1 && isCombining(original, end))) {
        out.push(original.slice(i, end));
        map.pushRun(i, end);
        i = end;
        continue;
      }
    }
    i = normaliseCluster(original, i, out, map);
  }
  return joinBrokenNumbers({
    text: out.join(''),
    starts: map.starts.subarray(0, map.length),
    ends: map.ends.subarray(0, map.length),
  });
}

function isCombining(text: string, at: number): boolean {
  return text.charCodeAt(at) >= 0x300 && COMBINING.test(text[at]!);
}

/** Normalises the character at `i` with its combining marks; returns where the next one starts. */
function normaliseCluster(original: string, i: number, out: string[], map: RangeMap): number {
  const code = original.codePointAt(i)!;
  let end = i + (code > 0xffff ? 2 : 1);
  if (code === 0x0d && original.charCodeAt(end) === 0x0a) end++; // CRLF is one line break.
  // A base character and its combining marks normalise together (a + ◌̈ → ä).
  while (end < original.length && isCombining(original, end)) end++;
  const single = end === i + 1 || (code === 0x0d && end === i + 2);
  const simple = single ? mapCodePoint(code) : null;
  const chars = simple ?? original.slice(i, end).normalize('NFKC');
  for (const ch of chars) {
    const mapped = simple === null ? (mapCodePoint(ch.codePointAt(0)!) ?? ch) : ch;
    for (let k = 0; k < mapped.length; k++) {
      out.push(mapped[k]!);
      map.push(i, end);
    }
  }
  return end;
}

// One line break (with spaces around it) between the parts of a number: "720908-\n6425".
const BROKEN_NUMBER = /(?<=\d[-+]?) *\n *(?=[-+]? ?\d)/g;

function joinBrokenNumbers(input: NormalisedText): NormalisedText {
  if (!input.text.includes('\n')) return input;
  const drop: [number, number][] = [];
  for (const m of input.text.matchAll(BROKEN_NUMBER)) drop.push([m.index, m.index + m[0].length]);
  if (drop.length === 0) return input;
  const out: string[] = [];
  const map = new RangeMap(input.text.length);
  let at = 0;
  for (const [from, to] of [...drop, [input.text.length, input.text.length] as [number, number]]) {
    out.push(input.text.slice(at, from));
    for (let k = at; k < from; k++) map.push(input.starts[k]!, input.ends[k]!);
    at = to;
  }
  return { text: out.join(''), starts: map.starts.subarray(0, map.length), ends: map.ends.subarray(0, map.length) };
}

/** The original range [start, end) that a normalised range [from, to) came from. */
export function toOriginalRange(normalised: NormalisedText, from: number, to: number): [number, number] {
  return [normalised.starts[from]!, normalised.ends[to - 1]!];
}
