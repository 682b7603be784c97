import { IDENTITY_RULES } from './identityNumberRules';
import { findNames } from './nameGuard';
import { normaliseText, toOriginalRange } from './normaliseText';
import { isLabelledAsSomethingElse } from './piiLabels';
import type { PiiHit, PiiRule } from './piiTypes';
import { SOFT_RULES } from './softPiiRules';

/**
 * The PII guard: finds personal data in free text before anything leaves the organisation.
 * Identity numbers block submission outright (also look-alikes that fail the check digit:
 * a typo still identifies a person); the softer identifiers warn. Matching runs on normalised
 * text (NFKC, one dash, one space, no invisibles, numbers joined across a line break); every
 * hit is mapped back to exactly the characters the person typed.
 */
export type { PiiHit, PiiKind, PiiSeverity } from './piiTypes';
export { isNameListLoaded, preloadNameList } from './nameGuard';

export const PII_REPLACEMENT = '[personuppgift borttagen]';

/** Rules in priority order: a later rule never reports text an earlier one already took. */
const RULES: readonly PiiRule[] = [...IDENTITY_RULES, ...SOFT_RULES];

// Every digit-bearing rule needs a digit; most texts between keystrokes have few, so skip early.
const HAS_DIGIT = /\d/;
const WITHOUT_DIGITS = SOFT_RULES.filter((rule) => rule.kind === 'email');

/** Finds personal data in `text`; hits are sorted by position, never overlap, and index `text` as given. */
export function findPii(text: string): PiiHit[] {
  const normalised = normaliseText(text);
  const norm = normalised.text;
  const found = new FoundRanges();
  for (const rule of HAS_DIGIT.test(norm) ? RULES : WITHOUT_DIGITS) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(norm); m !== null; m = rule.pattern.exec(norm)) {
      if (m[0].length === 0) rule.pattern.lastIndex++;
      const accepted = rule.accept ? rule.accept(m, norm) : {};
      if (!accepted) continue;
      const start = accepted.start ?? m.index;
      const end = accepted.end ?? m.index + m[0].length;
      if (found.overlaps(start, end)) continue;
      if (rule.yieldsToOtherLabels && !accepted.strong && isLabelledAsSomethingElse(norm, start)) continue;
      const hit = { kind: accepted.kind ?? rule.kind, severity: rule.severity };
      found.add({
        start,
        end,
        hit: accepted.checksumValid === undefined ? hit : { ...hit, checksumValid: accepted.checksumValid },
      });
    }
  }
  for (const name of findNames(norm)) {
    if (!found.overlaps(name.start, name.end)) found.add({ ...name, hit: { kind: 'name', severity: 'warn' } });
  }
  return found.ranges.map(({ start, end, hit }) => {
    const [from, to] = toOriginalRange(normalised, start, end);
    return { start: from, end: to, text: text.slice(from, to), ...hit };
  });
}

interface Found {
  readonly start: number;
  readonly end: number;
  readonly hit: Omit<PiiHit, 'start' | 'end' | 'text'>;
}

/** Hits so far, kept sorted and disjoint, so a text with many hits stays O(n log n). */
class FoundRanges {
  readonly ranges: Found[] = [];
  /** Index of the first range that ends after `start`. */
  private firstEndingAfter(start: number): number {
    let [lo, hi] = [0, this.ranges.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ranges[mid]!.end <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  overlaps(start: number, end: number): boolean {
    const next = this.ranges[this.firstEndingAfter(start)];
    return next !== undefined && next.start < end;
  }
  add(found: Found): void {
    this.ranges.splice(this.firstEndingAfter(found.start), 0, found);
  }
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
