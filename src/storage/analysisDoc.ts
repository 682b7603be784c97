import * as v from 'valibot';
import * as Y from 'yjs';
import {
  checkedField,
  SCALAR_SCHEMAS,
  type Action,
  type Analysis,
  type Cause,
  type ScalarKind,
  type TimelineEntry,
} from '../domain/analysis';
import { orderByCreation, orderTimeline } from '../domain/analysisTimeline';
import { resolveRegister, type RegisterEntry, type RegisterValue } from '../domain/scalarRegister';
import { applyTextEdit, releaseHeldEdit } from './sharedText';

/**
 * Layout of the analysis doc. Entities (timeline entries, causes, actions) are Y.Maps in a
 * root map keyed by id, created whole by one device, so no two devices ever create the same
 * nested type. Inside: texts are Y.Texts (merged character by character) and every scalar is a
 * register (see domain/scalarRegister) whose entries sit in the entity's own map under
 * `<field>|<entry key>`: no nested map per scalar, which made a 250-entry analysis 1,900 nested
 * types and slow to load. The risk registers live the same way in the root map `risk`.
 * Nothing is ever deleted: actions are withdrawn, not removed.
 */

const ENTITY_ROOT = { timeline: 'timeline', cause: 'causes', action: 'actions' } as const;
export type EntityKind = keyof typeof ENTITY_ROOT;

const TEXTS = {
  timeline: ['what'],
  cause: ['description', 'rootCause', 'contributingFactors'],
  action: ['action', 'goal', 'responsibleRole', 'decisionReason', 'effectNote'],
} as const;
export type EntityText<K extends EntityKind> = (typeof TEXTS)[K][number];
export type EntityScalar<K extends EntityKind> = keyof (typeof SCALAR_SCHEMAS)[K] & string;

export const TOP_TEXTS = ['conclusions', 'learning'] as const;
export type TopText = (typeof TOP_TEXTS)[number];
export type RiskScalar = keyof typeof SCALAR_SCHEMAS.risk;

/** Who writes: shown beside a conflicting value ("also entered by …"). */
export interface Writer {
  personId: string;
  name: string;
  orgName: string;
}

export type ScalarTarget =
  | { kind: 'timeline'; id: string; field: EntityScalar<'timeline'> }
  | { kind: 'cause'; id: string; field: EntityScalar<'cause'> }
  | { kind: 'action'; id: string; field: EntityScalar<'action'> }
  | { kind: 'risk'; field: RiskScalar };

export type TextTarget =
  | { kind: 'timeline'; id: string; field: EntityText<'timeline'> }
  | { kind: 'cause'; id: string; field: EntityText<'cause'> }
  | { kind: 'action'; id: string; field: EntityText<'action'> }
  | { kind: 'why'; id: string; index: number }
  | { kind: 'top'; field: TopText };

const entities = (doc: Y.Doc, kind: EntityKind) => doc.getMap<Y.Map<unknown>>(ENTITY_ROOT[kind]);

/** Adds an entity with all its texts and registers in place; returns its id. */
export function addEntity(doc: Y.Doc, kind: EntityKind, id: string, now: number, by: Writer): string {
  const entity = new Y.Map<unknown>();
  entity.set('createdAt', now);
  entity.set('createdBy', by.personId);
  for (const field of TEXTS[kind]) entity.set(field, new Y.Text());
  if (kind === 'cause') entity.set('whys', new Y.Array<Y.Text>());
  entities(doc, kind).set(id, entity);
  return id;
}

const ENTRY_SEPARATOR = '|';

/** The map holding a scalar's register entries (the entity's own map, or `risk`). */
function registerHome(doc: Y.Doc, target: ScalarTarget): Y.Map<unknown> | null {
  if (target.kind === 'risk') return doc.getMap('risk');
  return entities(doc, target.kind).get(target.id) ?? null;
}

/** Register entries of every scalar in a map, by field: one pass over the map's keys. */
function registersOf(map: Y.Map<unknown>): Map<string, [string, unknown][]> {
  const byField = new Map<string, [string, unknown][]>();
  map.forEach((value, key) => {
    const at = key.indexOf(ENTRY_SEPARATOR);
    if (at < 0) return;
    const field = key.slice(0, at);
    let list = byField.get(field);
    if (!list) byField.set(field, (list = []));
    list.push([key.slice(at + 1), value]);
  });
  return byField;
}

/**
 * Sets a scalar: one new entry replaces every entry this device can see. Entries written
 * elsewhere at the same time survive the merge and show as a conflict until someone chooses.
 */
export function setScalar(
  doc: Y.Doc,
  target: ScalarTarget,
  value: RegisterValue,
  by: Writer,
  now: number,
  newKey: () => string,
): void {
  const map = registerHome(doc, target);
  if (!(map instanceof Y.Map)) return;
  const entry: RegisterEntry = { value, personId: by.personId, name: by.name, orgName: by.orgName, at: now };
  const prefix = `${target.field}${ENTRY_SEPARATOR}`;
  doc.transact(() => {
    for (const key of [...map.keys()]) if (key.startsWith(prefix)) map.delete(key);
    map.set(`${prefix}${newKey()}`, entry);
  });
}

function text(doc: Y.Doc, target: TextTarget): Y.Text | null {
  if (target.kind === 'top') return doc.getText(target.field);
  if (target.kind === 'why') {
    const whys = entities(doc, 'cause').get(target.id)?.get('whys');
    const found = whys instanceof Y.Array ? whys.get(target.index) : null;
    return found instanceof Y.Text ? found : null;
  }
  const found = entities(doc, target.kind).get(target.id)?.get(target.field);
  return found instanceof Y.Text ? found : null;
}

export function editText(doc: Y.Doc, target: TextTarget, next: string, cursor?: number): void {
  const t = text(doc, target);
  if (t) applyTextEdit(doc, t, next, cursor);
}

/** Shares an edit held on this device since the text was `base`, merged with what others typed since. */
export function releaseText(doc: Y.Doc, target: TextTarget, base: string, held: string): void {
  const t = text(doc, target);
  if (t) releaseHeldEdit(doc, t, base, held);
}

/** Replaces a range of a text (the PII guard's one-tap replacement), keeping others' edits. */
export function replaceTextRange(doc: Y.Doc, target: TextTarget, start: number, end: number, by: string): void {
  const t = text(doc, target);
  if (!t) return;
  doc.transact(() => {
    t.delete(start, end - start);
    t.insert(start, by);
  });
}

/** Adds one more "why?" to a cause's chain. */
export function addWhy(doc: Y.Doc, causeId: string): void {
  const whys = entities(doc, 'cause').get(causeId)?.get('whys');
  if (whys instanceof Y.Array) whys.push([new Y.Text()]);
}

// --- Reading -------------------------------------------------------------------------------

const CreatedAtSchema = v.fallback(v.number(), 0);

function textOf(entity: Y.Map<unknown>, field: string): string {
  const t = entity.get(field);
  return t instanceof Y.Text ? t.toString() : '';
}

function fieldsOf(kind: ScalarKind, map: Y.Map<unknown>) {
  const registers = registersOf(map);
  const out: Record<string, ReturnType<typeof checkedField>> = {};
  for (const [field, schema] of Object.entries(SCALAR_SCHEMAS[kind])) {
    out[field] = checkedField(schema as v.GenericSchema, resolveRegister(registers.get(field) ?? []));
  }
  return out;
}

function readEntities<K extends EntityKind, T>(doc: Y.Doc, kind: K, build: (base: Base, e: Y.Map<unknown>) => T) {
  const out: T[] = [];
  entities(doc, kind).forEach((entity, id) => {
    if (!(entity instanceof Y.Map)) return; // a foreign value in the map: not ours, skip it
    out.push(
      build({ id, createdAt: v.parse(CreatedAtSchema, entity.get('createdAt')), f: fieldsOf(kind, entity) }, entity),
    );
  });
  return out;
}
interface Base {
  id: string;
  createdAt: number;
  f: Record<string, ReturnType<typeof checkedField>>;
}

/** The whole analysis as plain data, in display order, every value checked. */
export function readAnalysis(doc: Y.Doc): Analysis {
  const timeline = readEntities(doc, 'timeline', ({ id, createdAt, f }, e): TimelineEntry => ({
    id,
    createdAt,
    what: textOf(e, 'what'),
    when: f.when as TimelineEntry['when'],
    orgId: f.orgId as TimelineEntry['orgId'],
    handover: f.handover as TimelineEntry['handover'],
    failedHandover: f.failedHandover as TimelineEntry['failedHandover'],
  }));
  const causes = readEntities(doc, 'cause', ({ id, createdAt, f }, e): Cause => {
    const whys = e.get('whys');
    return {
      id,
      createdAt,
      category: f.category as Cause['category'],
      description: textOf(e, 'description'),
      whys: whys instanceof Y.Array ? whys.toArray().map((t) => (t instanceof Y.Text ? t.toString() : '')) : [],
      rootCause: textOf(e, 'rootCause'),
      contributingFactors: textOf(e, 'contributingFactors'),
      systemWeakness: f.systemWeakness as Cause['systemWeakness'],
    };
  });
  const actions = orderByCreation(
    readEntities(doc, 'action', ({ id, createdAt, f }, e) => ({
      id,
      createdAt,
      number: 0,
      action: textOf(e, 'action'),
      goal: textOf(e, 'goal'),
      responsibleOrgId: f.responsibleOrgId as Action['responsibleOrgId'],
      responsibleRole: textOf(e, 'responsibleRole'),
      plannedStart: f.plannedStart as Action['plannedStart'],
      plannedEnd: f.plannedEnd as Action['plannedEnd'],
      decision: f.decision as Action['decision'],
      decisionReason: textOf(e, 'decisionReason'),
      done: f.done as Action['done'],
      effect: f.effect as Action['effect'],
      effectNote: textOf(e, 'effectNote'),
      withdrawn: f.withdrawn as Action['withdrawn'],
    })),
  ).map((a, i) => ({ ...a, number: i + 1 }));
  const risk = fieldsOf('risk', doc.getMap('risk'));
  return {
    timeline: orderTimeline(timeline),
    causes: orderByCreation(causes),
    risk: {
      probability: risk.probability as Analysis['risk']['probability'],
      severity: risk.severity as Analysis['risk']['severity'],
    },
    actions,
    conclusions: doc.getText('conclusions').toString(),
    learning: doc.getText('learning').toString(),
  };
}

/** True once anyone has written anything in the analysis. */
export function isAnalysisEmpty(doc: Y.Doc): boolean {
  return Y.encodeStateVector(doc).length <= 1;
}
