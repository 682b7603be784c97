/** What the PII guard can find. Identity numbers block; everything else warns. */
export type PiiKind =
  | 'personnummer'
  | 'samordningsnummer'
  | 'reservnummer'
  | 'lmaNumber'
  | 'phone'
  | 'email'
  | 'streetAddress'
  | 'postcode'
  | 'birthDate'
  | 'age'
  | 'journalNumber'
  | 'name';

export type PiiSeverity = 'block' | 'warn';

export interface PiiHit {
  /** Index of the first character of the hit, in the text as typed. */
  readonly start: number;
  /** Index after the last character, in the text as typed. */
  readonly end: number;
  readonly kind: PiiKind;
  readonly severity: PiiSeverity;
  /** Exactly what was typed: `text.slice(start, end)`. */
  readonly text: string;
  /** For identity numbers: whether the check digit holds. A failing look-alike still blocks. */
  readonly checksumValid?: boolean;
}

/** What a rule reports for one match; null lets the match go. */
export interface Accepted {
  readonly kind?: PiiKind;
  readonly checksumValid?: boolean;
  /** The part of the normalised text to report, when not the whole match. */
  readonly start?: number;
  readonly end?: number;
  /** Never let go because of a label such as "ordernummer" (a valid, hyphenated personnummer). */
  readonly strong?: boolean;
}

/** One pattern over the normalised text (see normaliseText). Patterns must be global. */
export interface PiiRule {
  readonly kind: PiiKind;
  readonly severity: PiiSeverity;
  readonly pattern: RegExp;
  readonly accept?: (match: RegExpExecArray, text: string) => Accepted | null;
  /** A label for something else just before the match (ordernummer, dnr…) lets it go. */
  readonly yieldsToOtherLabels?: boolean;
}
