import * as v from 'valibot';
import { SCALAR_SCHEMAS, type Analysis } from './analysis';
import { RegisterEntrySchema } from './scalarRegister';

/**
 * The analysis's plain model as a schema, for what is read back from the device (the snapshot
 * the screen draws from before the doc has loaded). Every scalar keeps its field's own schema,
 * so a value nobody could enter is refused here too.
 */
const field = <T extends v.GenericSchema>(value: T) =>
  v.object({
    value: v.nullable(value),
    alternatives: v.array(v.object({ key: v.string(), entry: RegisterEntrySchema })),
  });

const text = v.pipe(v.string(), v.maxLength(100_000));
const base = { id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)), createdAt: v.number() };
const s = SCALAR_SCHEMAS;

export const TimelineEntrySchema = v.object({
  ...base,
  what: text,
  when: field(s.timeline.when),
  orgId: field(s.timeline.orgId),
  handover: field(s.timeline.handover),
  failedHandover: field(s.timeline.failedHandover),
});

export const CauseSchema = v.object({
  ...base,
  category: field(s.cause.category),
  description: text,
  whys: v.array(text),
  rootCause: text,
  contributingFactors: text,
  systemWeakness: field(s.cause.systemWeakness),
});

export const ActionSchema = v.object({
  ...base,
  number: v.pipe(v.number(), v.integer(), v.minValue(1)),
  action: text,
  goal: text,
  responsibleOrgId: field(s.action.responsibleOrgId),
  responsibleRole: text,
  plannedStart: field(s.action.plannedStart),
  plannedEnd: field(s.action.plannedEnd),
  decision: field(s.action.decision),
  decisionReason: text,
  done: field(s.action.done),
  effect: field(s.action.effect),
  effectNote: text,
  withdrawn: field(s.action.withdrawn),
});

export const AnalysisSchema = v.object({
  timeline: v.array(TimelineEntrySchema),
  causes: v.array(CauseSchema),
  risk: v.object({ probability: field(s.risk.probability), severity: field(s.risk.severity) }),
  actions: v.array(ActionSchema),
  conclusions: text,
  learning: text,
});

/** The analysis, or null when the data is not one (with the first reason, for logs and tests). */
export function parseAnalysis(data: unknown): { ok: true; analysis: Analysis } | { ok: false; reason: string } {
  const result = v.safeParse(AnalysisSchema, data);
  return result.success
    ? { ok: true, analysis: result.output as Analysis }
    : { ok: false, reason: v.summarize(result.issues) };
}
