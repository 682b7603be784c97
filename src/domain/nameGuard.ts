/**
 * Finds names in normalised text (see normaliseText): a title or relation word followed by a
 * capitalised word ("Fru Karlsson", "dottern Lisa"), always; and, once the list of common
 * Swedish names has loaded, any capitalised word on it ("Anna Svensson, 84 år"). The list is a
 * dynamic import so it never enters a screen's first JS; until it arrives only the first rule
 * runs. Names only warn: they may identify, but the staff's own names are legitimate text.
 */

export interface NameRange {
  readonly start: number;
  readonly end: number;
}

interface NameList {
  readonly names: ReadonlySet<string>;
  readonly ambiguous: ReadonlySet<string>;
}

let nameList: NameList | null = null;
let loading: Promise<void> | null = null;

/** Loads the name list once (never rejects; a failed load may be tried again). Call at idle. */
export function preloadNameList(): Promise<void> {
  loading ??= import('./swedishNames').then(
    (data) => {
      nameList = {
        names: new Set([...data.FIRST_NAMES, ...data.SURNAMES]),
        ambiguous: new Set(data.AMBIGUOUS_NAMES),
      };
    },
    () => {
      loading = null;
    },
  );
  return loading;
}

/** Whether findNames already uses the name list. */
export function isNameListLoaded(): boolean {
  return nameList !== null;
}

const TITLES = [
  'fru', 'frun', 'herr', 'herrn', 'patienten', 'patient', 'pat.', 'brukaren', 'brukare', 'eleven', 'elev',
  'dottern', 'sonen', 'maken', 'makan', 'hustrun', 'mannen', 'modern', 'mamma', 'mamman', 'fadern', 'pappa',
  'pappan', 'barnbarnet', 'syster', 'systern', 'bror', 'brodern', 'sambon', 'kunden', 'klienten', 'vårdtagaren',
  'hyresgästen', 'omsorgstagaren', 'boende', 'anhörige', 'grannen', 'farmor', 'farfar', 'mormor', 'morfar',
  'moster', 'faster', 'morbror', 'farbror', 'kusinen', 'svärdottern', 'svärsonen', 'barnet', 'pojken',
  'flickan', 'förvaltaren', 'vårdnadshavaren', 'dr.', 'dr', 'doktor', 'tant',
] as const;
const either = (word: string) => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1).replace('.', '\\.')}`;
const CAP = '\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?';
const TITLED = new RegExp(
  `(?<![\\p{L}\\d])(?:${TITLES.map(either).join('|')}) (${CAP})(?: (${CAP}))?(?![\\p{L}\\d])`,
  'gud',
);
const CAPITALISED = new RegExp(`(?<![\\p{L}\\d-])${CAP}(?![\\p{L}\\d])`, 'gu');

// Capitalised words that follow a title but are not names ("patienten Region Skåne…").
const NOT_NAMES = new Set([
  'Region', 'Regionen', 'Kommun', 'Kommunen', 'Hemtjänst', 'Hemtjänsten', 'Hemsjukvården', 'Vårdcentralen',
  'Sjukhuset', 'Avdelning', 'Avd', 'Akuten', 'Mottagningen', 'Kliniken', 'Socialtjänsten', 'Skolan',
  'Försäkringskassan', 'Migrationsverket', 'Inte', 'Och', 'Som', 'Har', 'Är', 'Var', 'Den', 'Det', 'Vid', 'Till',
]);

/** Name ranges in normalised text, sorted, never overlapping. */
export function findNames(text: string): NameRange[] {
  const found: NameRange[] = [];
  TITLED.lastIndex = 0;
  for (let m = TITLED.exec(text); m !== null; m = TITLED.exec(text)) {
    if (NOT_NAMES.has(m[1]!)) continue;
    const last = m[2] && !NOT_NAMES.has(m[2]) ? 2 : 1;
    found.push({ start: m.indices![1]![0], end: m.indices![last]![1] });
  }
  if (nameList) found.push(...listedNames(text, nameList, found));
  return found.sort((a, b) => a.start - b.start);
}

interface Token {
  readonly start: number;
  readonly end: number;
  readonly word: string;
}

function listedNames(text: string, list: NameList, taken: readonly NameRange[]): NameRange[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(CAPITALISED)) tokens.push({ start: m.index, end: m.index + m[0].length, word: m[0] });
  const isName = (t: Token | undefined) => !!t && t.word.split('-').some((part) => list.names.has(part));
  const adjacent = (a: Token, b: Token | undefined) => !!b && b.start === a.end + 1 && text[a.end] === ' ';
  const result: NameRange[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!isName(token) || taken.some((r) => token.start < r.end && token.end > r.start)) continue;
    let last = i;
    while (adjacent(tokens[last]!, tokens[last + 1]) && !NOT_NAMES.has(tokens[last + 1]!.word)) last++;
    // "Per dygn", "Inga läkemedel": a name that is also a word counts at a sentence start only beside another name.
    if (last === i && list.ambiguous.has(token.word) && startsSentence(text, token.start)) continue;
    let first = i;
    const before = tokens[i - 1];
    if (before && adjacent(before, token) && !startsSentence(text, before.start) && !NOT_NAMES.has(before.word)) first--;
    result.push({ start: tokens[first]!.start, end: tokens[last]!.end });
    i = last;
  }
  return result;
}

/** Whether a word at `index` begins a sentence, a line or a list item (capitalised for grammar, not as a name). */
function startsSentence(text: string, index: number): boolean {
  let k = index - 1;
  while (k >= 0 && text[k] === ' ') k--;
  return k < 0 || '.!?:;\n•*-"\'(»”'.includes(text[k]!);
}
