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

// Titles and relation words after which a capitalised word is a name ("Fru Karlsson", "dottern Lisa").
const TITLES: ReadonlySet<string> = new Set(
  `
fru frun herr herrn patienten patient pat brukaren brukare eleven elev dottern sonen maken makan hustrun
mannen modern mamma mamman fadern pappa pappan barnbarnet syster systern bror brodern sambon kunden
klienten vårdtagaren hyresgästen omsorgstagaren boende anhörige grannen farmor farfar mormor morfar
moster faster morbror farbror kusinen svärdottern svärsonen barnet pojken flickan förvaltaren
vårdnadshavaren dr doktor tant
`
    .trim()
    .split(/\s+/),
);
// Abbreviated titles may end with a full stop ("Dr. Berg", "pat. Nilsson"); other words may not
// ("…till dottern. Lisa…" is two sentences).
const ABBREVIATED = new Set(['pat', 'dr']);
const CAPITALISED = /(?<![\p{L}\d-])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?![\p{L}\d])/gu;
const LETTER = /\p{L}/u;

// Capitalised words that follow a title but are not names ("patienten Region Skåne…").
const NOT_NAMES: ReadonlySet<string> = new Set(
  `
Region Regionen Kommun Kommunen Hemtjänst Hemtjänsten Hemsjukvården Vårdcentralen Sjukhuset Avdelning
Avd Akuten Mottagningen Kliniken Socialtjänsten Skolan Försäkringskassan Migrationsverket Inte Och Som
Har Är Var Den Det Vid Till
`
    .trim()
    .split(/\s+/),
);

interface Token {
  readonly start: number;
  readonly end: number;
  readonly word: string;
}

/** Name ranges in normalised text, sorted, never overlapping. One pass over the capitalised words. */
export function findNames(text: string): NameRange[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(CAPITALISED)) tokens.push({ start: m.index, end: m.index + m[0].length, word: m[0] });
  const list = nameList;
  const isListed = (word: string) => !!list && word.split('-').some((part) => list.names.has(part));
  const adjacent = (a: Token, b: Token | undefined) => !!b && b.start === a.end + 1 && text[a.end] === ' ';
  const result: NameRange[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (NOT_NAMES.has(token.word)) continue;
    const titled = followsTitle(text, token.start);
    if (!titled && !isListed(token.word)) continue;
    let last = i;
    while (adjacent(tokens[last]!, tokens[last + 1]) && !NOT_NAMES.has(tokens[last + 1]!.word)) last++;
    let start = token.start;
    if (!titled) {
      // "Per dygn", "Inga läkemedel": a name that is also a word counts at a sentence start only beside another name.
      if (last === i && list!.ambiguous.has(token.word) && startsSentence(text, token.start)) continue;
      // "Agda Lindqvist": an unlisted first name before a listed surname, unless it merely starts the sentence.
      const before = tokens[i - 1];
      const free = (result.at(-1)?.end ?? -1) <= (before?.start ?? -1);
      if (
        before &&
        free &&
        adjacent(before, token) &&
        !startsSentence(text, before.start) &&
        !NOT_NAMES.has(before.word)
      )
        start = before.start;
    }
    result.push({ start, end: tokens[last]!.end });
    i = last;
  }
  return result;
}

/** Whether the word starting at `start` follows a title or relation word and one space. */
function followsTitle(text: string, start: number): boolean {
  if (text[start - 1] !== ' ') return false;
  let end = start - 1;
  const dotted = text[end - 1] === '.';
  if (dotted) end--;
  let from = end;
  while (from > 0 && LETTER.test(text[from - 1]!)) from--;
  if (from === end || (from > 0 && /\d/.test(text[from - 1]!))) return false;
  const word = text.slice(from, end).toLowerCase();
  return dotted ? ABBREVIATED.has(word) : TITLES.has(word);
}

/** Whether a word at `index` begins a sentence, a line or a list item (capitalised for grammar, not as a name). */
function startsSentence(text: string, index: number): boolean {
  let k = index - 1;
  while (k >= 0 && text[k] === ' ') k--;
  return k < 0 || '.!?:;\n•*-"\'(»”'.includes(text[k]!);
}
