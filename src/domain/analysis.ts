import * as v from 'valibot';
import type { Alternative, RegisterValue } from './scalarRegister';

/**
 * The joint event analysis (gemensam händelseanalys, SKR's method, DOMAIN.md): what happened
 * (timeline), why (causes in five categories, why-chains to a root cause), how risky (optional
 * matrix), what to do (action plan with decisions and effect follow-up), and what to learn.
 * This is the plain model the screens and the print view read; the doc layout is storage's.
 */

export const CAUSE_CATEGORIES = ['communication', 'competence', 'routines', 'environment', 'technology'] as const;
export type CauseCategory = (typeof CAUSE_CATEGORIES)[number];

export const DECISIONS = ['approved', 'rejected', 'partlyApproved'] as const;
export type Decision = (typeof DECISIONS)[number];

/** Did the action have the desired effect? */
export const EFFECTS = ['yes', 'partly', 'no'] as const;
export type Effect = (typeof EFFECTS)[number];

export const RISK_LEVELS = [1, 2, 3, 4] as const;

/** A scalar as shown: its value, and concurrent values waiting for someone to choose. */
export interface Field<T> {
  value: T | null;
  alternatives: Alternative[];
}

export interface TimelineEntry {
  id: string;
  createdAt: number;
  what: string;
  /** `YYYY-MM-DDTHH:mm` (datetime-local), or null when not yet known. */
  when: Field<string>;
  /** The organisation that acted. */
  orgId: Field<string>;
  /** This step hands the person over between organisations. */
  handover: Field<boolean>;
  /** The handover where it failed. */
  failedHandover: Field<boolean>;
}

export interface Cause {
  id: string;
  createdAt: number;
  category: Field<CauseCategory>;
  description: string;
  /** Answers to "why?", each one level deeper. */
  whys: string[];
  rootCause: string;
  contributingFactors: string;
  systemWeakness: Field<boolean>;
}

export interface Action {
  id: string;
  createdAt: number;
  /** 1-based, by creation: actions are never deleted, so numbers never change. */
  number: number;
  action: string;
  goal: string;
  responsibleOrgId: Field<string>;
  responsibleRole: string;
  plannedStart: Field<string>;
  plannedEnd: Field<string>;
  decision: Field<Decision>;
  decisionReason: string;
  done: Field<boolean>;
  effect: Field<Effect>;
  effectNote: string;
  /** The reason it was withdrawn; null while it stands. */
  withdrawn: Field<string>;
}

export interface Analysis {
  timeline: TimelineEntry[];
  causes: Cause[];
  risk: { probability: Field<number>; severity: Field<number> };
  actions: Action[];
  conclusions: string;
  learning: string;
}

/** Every scalar field of an entity kind, with the schema its value must meet. */
export const SCALAR_SCHEMAS = {
  timeline: {
    when: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/)),
    orgId: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
    handover: v.boolean(),
    failedHandover: v.boolean(),
  },
  cause: {
    category: v.picklist(CAUSE_CATEGORIES),
    systemWeakness: v.boolean(),
  },
  action: {
    responsibleOrgId: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
    plannedStart: v.pipe(v.string(), v.isoDate()),
    plannedEnd: v.pipe(v.string(), v.isoDate()),
    decision: v.picklist(DECISIONS),
    done: v.boolean(),
    effect: v.picklist(EFFECTS),
    withdrawn: v.pipe(v.string(), v.minLength(1), v.maxLength(1000)),
  },
  risk: {
    probability: v.picklist(RISK_LEVELS),
    severity: v.picklist(RISK_LEVELS),
  },
} as const;

export type ScalarKind = keyof typeof SCALAR_SCHEMAS;

/**
 * A register's value checked against its field's schema: a value a newer app version or a
 * broken client wrote is shown as empty rather than trusted. Alternatives are checked too.
 */
export function checkedField<T>(
  schema: v.GenericSchema<unknown, T>,
  resolved: { value: RegisterValue; alternatives: Alternative[] },
): Field<T> {
  const ok = (value: RegisterValue) => value !== null && v.safeParse(schema, value).success;
  return {
    value: ok(resolved.value) ? (resolved.value as T) : null,
    alternatives: resolved.alternatives.filter((alt) => alt.entry.value === null || ok(alt.entry.value)),
  };
}

/** The risk value (1–16) of the optional matrix and its level, or null when not both are set. */
export function riskScore(probability: number | null, severity: number | null): number | null {
  return probability !== null && severity !== null ? probability * severity : null;
}

export type RiskLevel = 'low' | 'moderate' | 'high' | 'veryHigh';
export function riskLevel(score: number): RiskLevel {
  return score <= 3 ? 'low' : score <= 6 ? 'moderate' : score <= 9 ? 'high' : 'veryHigh';
}
