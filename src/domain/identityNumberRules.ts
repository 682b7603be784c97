import { classifyTenDigits, isBirthDateDigits } from './personalIdentityNumber';
import type { Accepted, PiiRule } from './piiTypes';

/**
 * Rules for identity numbers (all block, valid check digit or not: a typo still identifies a
 * person). They run over normalised text (see normaliseText): dashes are '-', spaces ' ',
 * digits ASCII, and a line break inside a number is already joined.
 */

// Digits must not continue a longer number on either side.
const NB = '(?<!\\d)';
const NA = '(?!\\d)';
// Between date and last four: a hyphen or plus with or without spaces, or a space.
const SEP = '( ?[-+] ?| )';
// The last four, perhaps with spaces inside (720908-64 25).
const LAST4 = '(\\d(?: ?\\d){3})';
const digitsOf = (s: string) => s.replace(/\D/g, '');

/** Ten digits ÅÅMMDDNNNK; `tight` is the hyphen/plus form ÅÅMMDD-NNNK, which blocks even as an impossible date. */
function identity(digits: string, separator: string | undefined, tight: boolean): Accepted | null {
  const found = classifyTenDigits(digits);
  const explicit = separator !== undefined && /[-+]/.test(separator);
  if (!found) return explicit && tight ? { kind: 'personnummer', checksumValid: false } : null;
  return { ...found, strong: explicit && found.checksumValid };
}

// The words that label the date and the last four when they are written apart.
const PNR_LABEL =
  '(?:pnr|p-nr|p\\.nr|pers\\.? ?nr|personnr|person-nr|personnummer|personnumret|personnummret|födelsedatum|födelsedatumet|född|f\\.)';
const LAST4_LABEL =
  '(?:(?:de )?(?:sista fyra|fyra sista|sista 4|4 sista)(?: siffrorna| siffror)?|(?:de )?sista siffrorna|slutsiffror(?:na)?|kontrollsiffror(?:na)?)';

export const IDENTITY_RULES: readonly PiiRule[] = [
  {
    // "Pnr 720908, sista fyra 6425": date and last four apart; the hit spans both.
    kind: 'personnummer',
    severity: 'block',
    pattern: new RegExp(
      `(?<![\\p{L}\\d])${PNR_LABEL}[ .:=]*(?:är )?(\\d{6}(?:\\d{2})?|\\d{4}-\\d{2}-\\d{2})${NA}[^\\d]{0,40}?${LAST4_LABEL}[ .:=]*(?:är )?${LAST4}${NA}`,
      'giud',
    ),
    accept: (m) => {
      const date = digitsOf(m[1]!).slice(-6);
      const ten = date + digitsOf(m[2]!);
      const found = classifyTenDigits(ten) ?? { kind: 'personnummer' as const, checksumValid: false };
      return { ...found, start: m.indices![1]![0], end: m.indices![2]![1], strong: true };
    },
  },
  {
    // Reservnummer ÅÅ(ÅÅ)MMDD[KMX]NNK (Västra Götaland), with or without the hyphen, and other
    // regions' letter forms (ÅÅMMDD-TF01), which need a possible date.
    kind: 'reservnummer',
    severity: 'block',
    pattern: new RegExp(
      `${NB}((?:18|19|20)?\\d{6})(?: ?- ?| )?([KMXkmx]\\d{3}|[A-Z]\\d{3}|[A-Z]{2}\\d{2})(?![\\p{L}\\d])`,
      'gu',
    ),
    accept: (m) => {
      const date = m[1]!.slice(-6);
      if (/^[KMX]/i.test(m[2]!)) return { strong: true };
      return isBirthDateDigits(date) ? { strong: true } : null;
    },
  },
  {
    // Stockholm reservnummer 99ÅÅÅÅNNNNNK, also in groups.
    kind: 'reservnummer',
    severity: 'block',
    pattern: new RegExp(`${NB}99(?:[ -]?\\d){10}${NA}`, 'g'),
    yieldsToOtherLabels: true,
  },
  {
    // LMA number with its label: "LMA-nr 123456789", "LMA-kort 12-345678-9".
    kind: 'lmaNumber',
    severity: 'block',
    pattern: new RegExp(
      `(?<![\\p{L}\\d])LMA(?:[- ]?(?:kort(?:et|s?nummer)?|nummer|numret|nr))?[ .:#=]*(?:nr|nummer)?[ .:#=]*(?:är )?(\\d(?:[ -]?\\d){7,9})${NA}`,
      'giud',
    ),
    accept: (m) => ({ start: m.indices![1]![0], end: m.indices![1]![1], strong: true }),
  },
  {
    // Twelve digits with century, ÅÅÅÅMMDD-NNNK: any separator or none, spaces anywhere usual.
    kind: 'personnummer',
    severity: 'block',
    pattern: new RegExp(`${NB}(?:18|19|20)(\\d{2}[ .]?\\d{2}[ .]?\\d{2})${SEP}?${LAST4}${NA}`, 'g'),
    accept: (m) => identity(digitsOf(m[1]!) + digitsOf(m[3]!), m[2], !/[ .]/.test(m[1]!)),
    yieldsToOtherLabels: true,
  },
  {
    // ÅÅMMDD-NNNK, ÅÅMMDD + NNNK, 72 09 08 6425, 720908-64 25.
    kind: 'personnummer',
    severity: 'block',
    pattern: new RegExp(`${NB}(\\d{2}[ .]?\\d{2}[ .]?\\d{2})${SEP}${LAST4}${NA}`, 'g'),
    accept: (m) => identity(digitsOf(m[1]!) + digitsOf(m[3]!), m[2], !/[ .]/.test(m[1]!)),
    yieldsToOtherLabels: true,
  },
  {
    // Ten bare digits: an identity number when the date part can be a birth date, except a
    // mobile number (070, 072, 073, 076, 079) whose check digit fails, which is a phone.
    kind: 'personnummer',
    severity: 'block',
    pattern: new RegExp(`${NB}(\\d{10})${NA}`, 'g'),
    accept: (m) => {
      const found = classifyTenDigits(m[1]!);
      return found && !(found.checksumValid === false && /^07[02369]/.test(m[1]!)) ? found : null;
    },
    yieldsToOtherLabels: true,
  },
  {
    // LMA numbers by their shape (Migrationsverket): NN-NNNNNN-N or NNNNNNNN-N.
    kind: 'lmaNumber',
    severity: 'block',
    pattern: new RegExp(`${NB}(?:\\d{2} ?- ?\\d{6}|\\d{8}) ?- ?\\d${NA}`, 'g'),
    yieldsToOtherLabels: true,
  },
];
