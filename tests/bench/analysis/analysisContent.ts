import { randomUUID } from 'node:crypto';
import type * as Y from 'yjs';
import { DECISIONS } from '../../../src/domain/analysis';
import { addEntity, editText, setScalar, type TextTarget, type Writer } from '../../../src/storage/analysisDoc';

/**
 * Realistic joint-analysis content for the benches, written only through the app's own edit
 * functions (addEntity, setScalar, editText), so the docs have the layout the app writes.
 */

export const GRETA: Writer = { personId: 'greta', name: 'Greta Ek', orgName: 'Göteborgs stad' };
export const VERA: Writer = { personId: 'vera', name: 'Vera Berg', orgName: 'Västra Götalandsregionen' };

/** Deterministic randomness (mulberry32), so a run replays. */
export function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(next: () => number, list: readonly T[]): T => list[Math.floor(next() * list.length)]!;

const FRAGMENTS = [
  'Patienten skrevs ut från avdelning 12 på eftermiddagen',
  'hemsjukvården fick inget meddelande i SAMSA före utskrivningen',
  'läkemedelslistan saknades i utskrivningsunderlaget',
  'distriktssköterskan ringde avdelningen men nådde ingen',
  'kvällspersonalen i hemtjänsten upptäckte att dosetten var tom',
  'den fasta vårdkontakten var inte utsedd',
  'SIP-mötet hade inte kallats till trots att det behövdes',
  'insulinordinationen ändrades under vårdtiden utan att det kommunicerades',
  'avdelningen trodde att remissen redan hade skickats',
  'jourläkaren bedömde patienten per telefon',
  'anhöriga hörde av sig till kommunen dagen efter',
  'rutinen för överrapportering var inte känd av vikarierna',
];

/** A sentence of about `min`–`max` characters from the fragments above. */
export function sentence(next: () => number, min = 50, max = 200): string {
  const target = min + Math.floor(next() * (max - min));
  let text = pick(next, FRAGMENTS);
  while (text.length < target) text += `, ${pick(next, FRAGMENTS)}`;
  return `${text.slice(0, max - 1).replace(/[ ,]+$/, '')}.`;
}

/** Types `words` into a text word by word at its end, as typing arrives in the app. */
export function typeWords(doc: Y.Doc, target: TextTarget, words: string): void {
  for (const word of words.split(/(?<= )/)) {
    const next = readText(doc, target) + word;
    editText(doc, target, next, next.length);
  }
}

const date = (next: () => number) =>
  `2026-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
const time = (next: () => number) =>
  `T${String(Math.floor(next() * 24)).padStart(2, '0')}:${String(Math.floor(next() * 60)).padStart(2, '0')}`;

/** Ids as the app makes them (`crypto.randomUUID()`), for entities and register entries. */
export const newId = () => randomUUID();

/** A timeline entry with its time, organisation, text and handover flags filled in. */
export function addTimelineEntry(doc: Y.Doc, by: Writer, next: () => number, now: number): string {
  const id = addEntity(doc, 'timeline', newId(), now, by);
  const set = (field: 'when' | 'orgId' | 'handover' | 'failedHandover', value: string | boolean) =>
    setScalar(doc, { kind: 'timeline', id, field }, value, by, now, newId);
  set('when', date(next) + time(next));
  set('orgId', pick(next, ['goteborg', 'vgr']));
  const handover = next() < 0.3;
  set('handover', handover);
  if (handover) set('failedHandover', next() < 0.3);
  typeWords(doc, { kind: 'timeline', id, field: 'what' }, sentence(next));
  return id;
}

/** An action with every text, an organisation, dates and a decision filled in. */
export function addAction(doc: Y.Doc, by: Writer, next: () => number, now: number): string {
  const id = addEntity(doc, 'action', newId(), now, by);
  const set = (field: 'responsibleOrgId' | 'plannedStart' | 'plannedEnd' | 'decision', value: string) =>
    setScalar(doc, { kind: 'action', id, field }, value, by, now, newId);
  set('responsibleOrgId', pick(next, ['goteborg', 'vgr']));
  set('plannedStart', date(next));
  set('plannedEnd', date(next));
  set('decision', pick(next, DECISIONS));
  for (const field of ['action', 'goal', 'responsibleRole', 'decisionReason'] as const) {
    const words = field === 'responsibleRole' ? pick(next, ['Enhetschef', 'MAS', 'Avdelningschef']) : sentence(next);
    typeWords(doc, { kind: 'action', id, field }, words);
  }
  return id;
}

/** A cause with a category, a description and a root cause. */
export function addCause(doc: Y.Doc, by: Writer, next: () => number, now: number): string {
  const id = addEntity(doc, 'cause', newId(), now, by);
  setScalar(doc, { kind: 'cause', id, field: 'category' }, 'communication', by, now, newId);
  for (const field of ['description', 'rootCause'] as const)
    typeWords(doc, { kind: 'cause', id, field }, sentence(next));
  return id;
}

/** The current value of an entity's text field (the root names are analysisDoc.ts's layout). */
export function textOf(doc: Y.Doc, root: 'timeline' | 'cause' | 'action', id: string, field: string): string {
  const roots = { timeline: 'timeline', cause: 'causes', action: 'actions' } as const;
  return String(doc.getMap<Y.Map<unknown>>(roots[root]).get(id)?.get(field) ?? '');
}

/** The current value of any text of the analysis. */
export function readText(doc: Y.Doc, target: TextTarget): string {
  if (target.kind === 'top') return doc.getText(target.field).toString();
  if (target.kind === 'why') throw new Error('why-chains are not typed into by the benches');
  return textOf(doc, target.kind, target.id, target.field);
}
