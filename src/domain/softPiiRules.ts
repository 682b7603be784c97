import type { Accepted, PiiRule } from './piiTypes';

/**
 * Rules for personal data that may identify someone but does not block: phone, e-mail,
 * address, postcode, birth date, exact age, journal or patient ID. Over normalised text.
 */

const NB = '(?<!\\d)';
const NA = '(?!\\d)';
const WB = '(?<![\\p{L}\\d])';
const WA = '(?![\\p{L}\\d])';

/** Reports only capture group 1 of a match compiled with the `d` flag. */
const group1 = (m: RegExpExecArray): Accepted => ({ start: m.indices![1]![0], end: m.indices![1]![1] });

const MONTHS =
  '(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec)\\.?';
const BIRTH_LABEL =
  '(?:född|f\\.|föd\\.|födelsedatum|födelsedatumet|födelsedag|pnr|p-nr|personnr|personnummer|personnumret)';
const BIRTH_DATE = `(?:\\d{1,2} ${MONTHS}(?: \\d{4})?|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}(?:[-/ ]\\d{2,4})?|\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}|\\d{8}|\\d{6}|\\d{4}|[-']\\d{2})`;

const PERSON_WORDS =
  /^ (?:kvinna|kvinnan|man|mannen|dam|damen|herre|pojke|pojken|flicka|flickan|kille|tjej|barn|barnet|patient|patienten|brukare|brukaren|elev|eleven|son|sonen|dotter|dottern|make|maka|änka|änkling|mamma|pappa|mor|far|person|boende|kund|hyresgäst|vårdtagare|pensionär|syster|bror)(?![\p{L}])/iu;
const AGE_VERB =
  /(?:^|[^\p{L}])(?:är|blir|blev|fyller|fyllde|fyllt|fylla|ålder|åldern)(?: (?:nu|snart|drygt|nästan|ca|cirka|just|bara))? $/iu;
const DURATION_BEFORE =
  /(?:^|[^\p{L}])(?:i|under|för|efter|inom|om|sedan|över|per|senaste|varje|vart|var|ca|cirka|drygt|nästan)(?: över)? $/iu;
const DURATION_AFTER = /^ ?(?:sedan|senare|tidigare|framåt|bakåt|i rad|per|till|kvar|framöver|av|efter)(?![\p{L}])/iu;

/** "84 år": an age, not a duration, by the words around it. */
function acceptYears(m: RegExpExecArray, text: string): Accepted | null {
  const years = Number(m[1]);
  const before = text.slice(Math.max(0, m.index - 24), m.index);
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 14);
  if (/^ (?:gammal|gamla|gammalt)(?![\p{L}])/u.test(after) || AGE_VERB.test(before)) return {};
  if (DURATION_AFTER.test(after)) return null;
  if (/[,(] ?$/.test(before)) return {};
  return years >= 50 && years <= 120 && !DURATION_BEFORE.test(before) ? {} : null;
}

/** "84-årig": a person unless it describes a thing ("ett 3-årigt avtal", "en 3-årig överenskommelse"). */
function acceptYearsOld(m: RegExpExecArray, text: string): Accepted | null {
  if (/åring/i.test(m[2]!)) return {};
  if (PERSON_WORDS.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) return {};
  return Number(m[1]) >= 18 && !/årigt$/i.test(m[2]!) ? {} : null;
}

export const SOFT_RULES: readonly PiiRule[] = [
  {
    kind: 'email',
    severity: 'warn',
    // The pattern starts at the '@' (fast to find); the hit starts with the local part before it.
    pattern: /@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+/gu,
    accept: (m, text) => {
      let start = m.index;
      while (start > 0 && /[\p{L}\d._%+-]/u.test(text[start - 1]!)) start--;
      return start < m.index ? { start } : null;
    },
  },
  {
    // Journal or patient ID after its label: "journalnr 4711-22", "Pat.nr: A12345".
    kind: 'journalNumber',
    severity: 'warn',
    pattern: new RegExp(
      `${WB}(?:journalnummer|journalnumret|journalnr|journal-nr|journal nr|journal-id|journalid|patient-id|patientid|patient-nr|patientnr|patientnummer|pat\\.? ?nr|pat-nr|pat\\.? ?id|pat-id|pid|vårdtagarnummer|vårdtagar-id|brukarnummer|brukar-id|klientnummer|klient-id)[ .:#=]*(?:är )?([a-z]{0,3}-?\\d(?:[- ]?\\d){2,15}[a-z]?)${WA}`,
      'giud',
    ),
    accept: group1,
  },
  {
    // +46 7x…, 0046…, 07x-xxx xx xx, 031-12 34 56, (08) 123 456 78, 070/123 45 67; the area code
    // ends with a separator unless all digits run together (so 0800-1600 is a time span).
    kind: 'phone',
    severity: 'warn',
    pattern: new RegExp(
      `(?:(?<![\\d+])(?:\\+|00)46 ?-? ?(?:\\(0\\) ?)?[1-9]\\d{0,2}(?: ?[-/] ?| )?|${NB}\\(?0[1-9]\\d{0,3}(?:\\) ?| ?[-/] ?| ))\\d(?:[ -]?\\d){4,7}${NA}|${NB}0[1-9]\\d{7,8}${NA}`,
      'g',
    ),
    // A date written 01-12-2026 is not a phone number.
    accept: (m) => (/^\d{2}[-/.]\d{2}[-/.]\d{2,4}$/.test(m[0]) ? null : {}),
    yieldsToOtherLabels: true,
  },
  {
    // Storgatan 12, Kungsvägen 3B, Storgatan 12 B (a lone lower-case word after it is not part of it).
    // The pattern starts at the street word's ending (fast to find); the hit starts with the word.
    kind: 'streetAddress',
    severity: 'warn',
    pattern: new RegExp(
      `(?:gatan|gata|vägen|väg|gränden|gränd|torget|torg|stigen|backen|allén|allé|leden|kajen|esplanaden|promenaden) \\d{1,4}(?:[a-zA-Z]| [A-Z])?${WA}`,
      'gu',
    ),
    accept: (m, text) => {
      let start = m.index;
      while (start > 0 && /\p{L}/u.test(text[start - 1]!)) start--;
      return start > 0 && /\d/.test(text[start - 1]!) ? null : { start };
    },
  },
  {
    // 412 58 Göteborg, SE-371 41: a postcode needs its town after it, or the SE prefix.
    kind: 'postcode',
    severity: 'warn',
    pattern: new RegExp(`${NB}(?:SE-? ?[1-9]\\d{2} ?\\d{2}|[1-9]\\d{2} ?\\d{2}(?= \\p{Lu}\\p{Ll}))${NA}`, 'gu'),
    yieldsToOtherLabels: true,
  },
  {
    // A birth date after Född / f. / Födelsedatum (or pnr, when only the date is given).
    kind: 'birthDate',
    severity: 'warn',
    pattern: new RegExp(`${WB}${BIRTH_LABEL}[ .:]*(?:den |år |är )?(${BIRTH_DATE})${WA}`, 'giud'),
    accept: group1,
  },
  {
    // 84-årig, 93 årig, 17-åringen.
    kind: 'age',
    severity: 'warn',
    pattern: new RegExp(`${NB}(\\d{1,3}) ?-? ?(årig|åriga|årige|årigt|åringen|åringar|åringarna|åring)${WA}`, 'giu'),
    accept: acceptYearsOld,
  },
  {
    // 84 år, är 102 år, 45 år gammal (not "i 3 år", "för 2 år sedan").
    kind: 'age',
    severity: 'warn',
    pattern: new RegExp(`(?<![\\d.,])(\\d{1,3}) år${WA}`, 'giu'),
    accept: acceptYears,
  },
  {
    kind: 'age',
    severity: 'warn',
    pattern: new RegExp(`${WB}ålder(?:n)? ?:? ?\\d{1,3}${NA}`, 'giu'),
  },
];
