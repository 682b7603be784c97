import * as Y from 'yjs';
import {
  addEntity,
  editText,
  readAnalysis,
  setScalar,
  type TextTarget,
  type Writer,
} from '../../../src/storage/analysisDoc';
import { DECISIONS } from '../../../src/domain/analysis';
import { summarise } from '../browserBudgets';
import type { Row } from '../budgetTable';
import {
  addAction,
  addCause,
  addTimelineEntry,
  GRETA,
  newId,
  pick,
  random,
  readText,
  sentence,
  VERA,
} from './analysisContent';

/**
 * Issue 5, "merging two offline sessions of 1,000 edits each ≤ 200 ms": a shared analysis is
 * forked into two docs (Greta's and Vera's devices), each makes 1,000 edits offline, then the
 * merge is timed as both devices do it on reconnect: the diff the other lacks, applying it, and
 * `readAnalysis` of the merged doc (what the screen redraws from). Pure Yjs and app code in Node.
 */

const EDITS = 1000;
const RUNS = 10;

export class BrokenMergeError extends Error {}

/** The budget's row: every one of the runs must fit, so it is judged on the slowest. */
export function offlineMergeRow(): Row {
  const merge = summarise(measureOfflineMerge());
  return {
    budget: `Merge two offline analysis sessions of 1,000 edits each, both devices (max of ${merge.n})`,
    limit: '≤ 200 ms',
    measured: `median ${merge.median.toFixed(1)} ms, max ${merge.max.toFixed(1)} ms`,
    ok: merge.max <= 200,
  };
}

/** Milliseconds of each measured merge (one warm-up merge first, not counted). */
export function measureOfflineMerge(): number[] {
  mergeOnce(99);
  return Array.from({ length: RUNS }, (_, run) => mergeOnce(run + 1));
}

function mergeOnce(seed: number): number {
  const base = sharedStart(random(seed));
  const a = fork(base);
  const b = fork(base);
  offlineSession(a, GRETA, random(seed * 1000 + 1));
  offlineSession(b, VERA, random(seed * 1000 + 2));
  const before = [JSON.stringify(readAnalysis(a)), JSON.stringify(readAnalysis(b))];

  const start = performance.now();
  const forB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const forA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, forB);
  const onB = readAnalysis(b);
  Y.applyUpdate(a, forA);
  const onA = readAnalysis(a);
  const elapsed = performance.now() - start;

  // The bench must not time a broken merge: both devices end with the same analysis, and it
  // differs from what either had alone.
  const merged = JSON.stringify(onA);
  if (merged !== JSON.stringify(onB)) throw new BrokenMergeError('the two merged analyses differ');
  if (before.includes(merged)) throw new BrokenMergeError("a device did not receive the other's edits");
  if (!sameBytes(Y.encodeStateVector(a), Y.encodeStateVector(b))) throw new BrokenMergeError('state vectors differ');
  return elapsed;
}

/** What both devices had before going offline: a few entries, causes and actions. */
function sharedStart(next: () => number): Y.Doc {
  const doc = new Y.Doc();
  const now = Date.parse('2026-11-10T09:00:00Z');
  for (let i = 0; i < 6; i++) addTimelineEntry(doc, i % 2 ? VERA : GRETA, next, now + i);
  for (let i = 0; i < 3; i++) addCause(doc, GRETA, next, now + i);
  for (let i = 0; i < 4; i++) addAction(doc, VERA, next, now + i);
  return doc;
}

function fork(base: Y.Doc): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(base));
  return doc;
}

const sameBytes = (x: Uint8Array, y: Uint8Array) => x.length === y.length && x.every((byte, i) => byte === y[i]);

const TEXT_FIELDS = {
  causes: ['description', 'rootCause', 'contributingFactors'],
  actions: ['action', 'goal', 'decisionReason', 'effectNote'],
} as const;

/** Every text a person might type into: entity texts and the two free texts (roots as in analysisDoc.ts). */
function textTargets(doc: Y.Doc): TextTarget[] {
  const targets: TextTarget[] = [
    { kind: 'top', field: 'conclusions' },
    { kind: 'top', field: 'learning' },
  ];
  for (const id of doc.getMap('timeline').keys()) targets.push({ kind: 'timeline', id, field: 'what' });
  for (const id of doc.getMap('causes').keys())
    for (const field of TEXT_FIELDS.causes) targets.push({ kind: 'cause', id, field });
  for (const id of doc.getMap('actions').keys())
    for (const field of TEXT_FIELDS.actions) targets.push({ kind: 'action', id, field });
  return targets;
}

/**
 * 1,000 edits as a person makes them: runs of typing (one character per edit, now and then a
 * backspace, mostly at the end of a field, sometimes in the middle), a date or decision set
 * about one edit in fifteen, and a new timeline entry or action about one in a hundred.
 */
function offlineSession(doc: Y.Doc, by: Writer, next: () => number): void {
  let now = Date.parse('2026-11-11T08:00:00Z');
  let target = pick(next, textTargets(doc));
  let cursor = readText(doc, target).length;
  let source = sentence(next, 200, 400);
  for (let edit = 0; edit < EDITS; edit++, now += 300) {
    const roll = next();
    if (roll < 0.01) {
      const kind = next() < 0.6 ? 'timeline' : 'action';
      const id = addEntity(doc, kind, newId(), now, by);
      target = kind === 'timeline' ? { kind, id, field: 'what' } : { kind, id, field: 'action' };
      cursor = 0;
    } else if (roll < 0.075) {
      setSomeScalar(doc, by, next, now);
    } else {
      if (next() < 0.04) {
        target = pick(next, textTargets(doc));
        const length = readText(doc, target).length;
        cursor = next() < 0.7 ? length : Math.floor(next() * (length + 1));
      }
      const current = readText(doc, target);
      cursor = Math.min(cursor, current.length);
      if (cursor > 0 && next() < 0.05) {
        editText(doc, target, current.slice(0, cursor - 1) + current.slice(cursor), cursor - 1);
        cursor--;
      } else {
        if (source.length === 0) source = sentence(next, 200, 400);
        const char = source[0]!;
        source = source.slice(1);
        editText(doc, target, current.slice(0, cursor) + char + current.slice(cursor), cursor + 1);
        cursor++;
      }
    }
  }
}

function setSomeScalar(doc: Y.Doc, by: Writer, next: () => number, now: number): void {
  const day = `2026-12-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
  if (next() < 0.4) {
    const id = pick(next, [...doc.getMap('timeline').keys()]);
    setScalar(
      doc,
      { kind: 'timeline', id, field: 'when' },
      `${day}T${10 + Math.floor(next() * 10)}:15`,
      by,
      now,
      newId,
    );
    return;
  }
  const id = pick(next, [...doc.getMap('actions').keys()]);
  const choice = next();
  if (choice < 0.4) setScalar(doc, { kind: 'action', id, field: 'plannedEnd' }, day, by, now, newId);
  else if (choice < 0.8)
    setScalar(doc, { kind: 'action', id, field: 'decision' }, pick(next, DECISIONS), by, now, newId);
  else setScalar(doc, { kind: 'action', id, field: 'done' }, next() < 0.5, by, now, newId);
}
