import { classifyTenDigits } from './personalIdentityNumber';

/**
 * The PII guard: finds personal data in free text before anything leaves the organisation.
 * Identity numbers block submission outright (also look-alikes that fail the check digit:
 * a typo still identifies a person); the softer identifiers warn.
 */
export type PiiKind =
  | 'personnummer'
  | 'samordningsnummer'
  | 'reservnummer'
  | 'phone'
  | 'email'
  | 'streetAddress'
  | 'postcode'
  | 'birthDate'
  | 'age';

export type PiiSeverity = 'block' | 'warn';

export interface PiiHit {
  /** Index of the first character of the hit. */
  readonly start: number;
  /** Index after the last character. */
  readonly end: number;
  readonly kind: PiiKind;
  readonly severity: PiiSeverity;
  readonly text: string;
  /** For identity numbers: whether the check digit holds. A failing look-alike still blocks. */
  readonly checksumValid?: boolean;
}

export const PII_REPLACEMENT = '[personuppgift borttagen]';

// Digits must not continue a longer number on either side.
const NB = '(?<![\\d])';
const NA = '(?![\\d])';
// Letters (Swedish included) must not continue a word on either side.
const WB = '(?<![\\p{L}\\d])';
const WA = '(?![\\p{L}\\d])';

interface Rule {
  readonly kind: PiiKind;
  readonly severity: PiiSeverity;
  readonly pattern: RegExp;
  /** Decides on a match; returns null to let it go, or the details to report. */
  readonly accept?: (match: RegExpExecArray) => Pick<PiiHit, 'kind' | 'checksumValid'> | null;
}

/** Rules in priority order: a later rule never reports text an earlier one already took. */
const RULES: readonly Rule[] = [
  {
    // Stockholm reservnummer 99ÅÅÅÅNNNNNK and Västra Götaland ÅÅÅÅMMDD[KMX]NNK.
    kind: 'reservnummer',
    severity: 'block',
    pattern: new RegExp(`${NB}(?:99\\d{10}|(?:18|19|20)\\d{6}-?[KMX]\\d{3})${NA}`, 'gi'),
  },
  {
    // 12 digits with century, ÅÅÅÅMMDD-NNNK, separator optional.
    kind: 'personnummer',
    severity: 'block',
    pattern: new RegExp(`${NB}(?:18|19|20)(\\d{6})[-+ ]?(\\d{4})${NA}`, 'g'),
    accept: (m) => classifyTenDigits(`${m[1]}${m[2]}`),
  },
  {
    // ÅÅMMDD-NNNK or ÅÅMMDD+NNNK (also with the en or em dash that word processors put in):
    // the separator alone marks it as an identity number, so even an impossible date blocks.
    kind: 'personnummer',
    severity: 'block',
    pattern: new RegExp(`${NB}(\\d{6})[-+\u2013\u2014](\\d{4})${NA}`, 'g'),
    accept: (m) => classifyTenDigits(`${m[1]}${m[2]}`) ?? { kind: 'personnummer', checksumValid: false },
  },
  {
    // ÅÅMMDD NNNK and ÅÅ MM DD-NNNK: spaces in place of (or inside) the date; an identity
    // number when the date part can be a birth date.
    kind: 'personnummer',
    severity: 'block',
    pattern: new RegExp(`${NB}(\\d{2}) ?(\\d{2}) ?(\\d{2})[ \\-\u2013+](\\d{4})${NA}`, 'g'),
    accept: (m) => classifyTenDigits(`${m[1]}${m[2]}${m[3]}${m[4]}`),
  },
  {
    // Ten bare digits: an identity number when the date part can be a birth date, except a
    // mobile number (070, 072, 073, 076, 079) whose check digit fails, which is a phone.
    kind: 'personnummer',
    severity: 'block',
    pattern: new RegExp(`${NB}(\\d{10})${NA}`, 'g'),
    accept: (m) => {
      const found = classifyTenDigits(m[1] ?? '');
      return found && !(found.checksumValid === false && /^07[02369]/.test(m[1] ?? '')) ? found : null;
    },
  },
  {
    kind: 'email',
    severity: 'warn',
    pattern: /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+/gu,
  },
  {
    // +46 7x…, 0046…, 07x-xxx xx xx, 031-12 34 56, (08) 123 456 78.
    kind: 'phone',
    severity: 'warn',
    pattern: new RegExp(
      `(?:(?<![\\d+])(?:\\+|00)46[\\s-]?(?:\\(0\\)\\s?)?[1-9]|${NB}\\(?0[1-9])(?:[\\s\\-)]{0,2}\\d){5,10}${NA}`,
      'g',
    ),
  },
  {
    kind: 'streetAddress',
    severity: 'warn',
    pattern: new RegExp(
      `${WB}\\p{L}*(?:gatan|gata|vägen|väg|gränd|gränden|torget|torg|stigen|backen|allén|allé|leden|platsen|plan)\\s+\\d{1,4}(?:\\s?[A-Za-z])?${WA}`,
      'giu',
    ),
  },
  {
    kind: 'birthDate',
    severity: 'warn',
    pattern: new RegExp(
      `${WB}(?:född|f\\.)\\s*(?:den\\s+|år\\s+)?(?:\\d{1,2}\\s+\\p{L}+\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}(?:[-/]\\d{2,4})?|\\d{6,8}|\\d{4}|\\d{2})${WA}`,
      'giu',
    ),
  },
  {
    kind: 'age',
    severity: 'warn',
    pattern: new RegExp(
      `${NB}\\d{1,3}(?:\\s?-\\s?|\\s)?(?:årig|åriga|årige|åring|åringen)${WA}|${NB}\\d{1,3}\\s+år\\s+gammal${WA}|${WB}ålder\\s*:?\\s*\\d{1,3}${NA}`,
      'giu',
    ),
  },
  {
    kind: 'postcode',
    severity: 'warn',
    pattern: new RegExp(`${NB}(?:SE-?\\s?)?\\d{3}\\s\\d{2}${NA}`, 'g'),
  },
];

/** Finds personal data in `text`; hits are sorted by position and never overlap. */
export function findPii(text: string): PiiHit[] {
  const hits: PiiHit[] = [];
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m !== null; m = rule.pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[0].length === 0) rule.pattern.lastIndex++;
      if (hits.some((h) => start < h.end && end > h.start)) continue;
      const accepted = rule.accept ? rule.accept(m) : { kind: rule.kind };
      if (!accepted) continue;
      hits.push({ start, end, severity: rule.severity, text: m[0], ...accepted });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** True when the text holds anything that must block sharing. */
export function hasBlockingPii(text: string): boolean {
  return findPii(text).some((hit) => hit.severity === 'block');
}

/** The text with one hit replaced by the standard placeholder. */
export function redactHit(text: string, hit: Pick<PiiHit, 'start' | 'end'>): string {
  return text.slice(0, hit.start) + PII_REPLACEMENT + text.slice(hit.end);
}

/** The text with every hit (blocking and warning) replaced: used for de-identified summaries. */
export function redactAll(text: string): string {
  let result = text;
  for (const hit of findPii(text).reverse()) result = redactHit(result, hit);
  return result;
}
