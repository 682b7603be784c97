import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addEntity, addWhy, editText, readAnalysis, setScalar, type Writer } from '../../src/storage/analysisDoc';

const anna: Writer = { personId: 'anna', name: 'Anna Berg', orgName: 'Göteborgs stad' };
const bo: Writer = { personId: 'bo', name: 'Bo Ek', orgName: 'Västra Götalandsregionen' };
let keys = 0;
const key = () => `k${++keys}`;

/** Two devices that start from the same state, then go offline. */
function twoDevices(setup?: (doc: Y.Doc) => void) {
  const a = new Y.Doc();
  const b = new Y.Doc();
  setup?.(a);
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  return { a, b };
}
function reconnect(a: Y.Doc, b: Y.Doc) {
  const fromA = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const fromB = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, fromA);
  Y.applyUpdate(a, fromB);
}

describe('conflicts on scalar fields', () => {
  it('keeps both values of a due date changed on two offline devices, and both devices show the same', () => {
    const { a, b } = twoDevices((doc) => addEntity(doc, 'action', 'x1', 1, anna));
    setScalar(a, { kind: 'action', id: 'x1', field: 'plannedEnd' }, '2026-12-01', anna, 100, key);
    setScalar(b, { kind: 'action', id: 'x1', field: 'plannedEnd' }, '2026-12-24', bo, 101, key);
    reconnect(a, b);
    const [onA, onB] = [readAnalysis(a).actions[0]!, readAnalysis(b).actions[0]!];
    expect(onA.plannedEnd).toEqual(onB.plannedEnd);
    expect(onA.plannedEnd.value).toBe('2026-12-24');
    expect(onA.plannedEnd.alternatives.map((x) => [x.entry.value, x.entry.name])).toEqual([
      ['2026-12-01', 'Anna Berg'],
    ]);
  });

  it('is resolved by choosing one value, everywhere', () => {
    const { a, b } = twoDevices((doc) => addEntity(doc, 'action', 'x1', 1, anna));
    setScalar(a, { kind: 'action', id: 'x1', field: 'decision' }, 'approved', anna, 100, key);
    setScalar(b, { kind: 'action', id: 'x1', field: 'decision' }, 'rejected', bo, 101, key);
    reconnect(a, b);
    setScalar(a, { kind: 'action', id: 'x1', field: 'decision' }, 'approved', anna, 200, key);
    reconnect(a, b);
    expect(readAnalysis(b).actions[0]!.decision).toEqual({ value: 'approved', alternatives: [] });
  });

  it('is no conflict when one device changed the value after seeing the other change', () => {
    const { a, b } = twoDevices((doc) => addEntity(doc, 'timeline', 't1', 1, anna));
    setScalar(a, { kind: 'timeline', id: 't1', field: 'orgId' }, 'goteborg', anna, 100, key);
    reconnect(a, b);
    setScalar(b, { kind: 'timeline', id: 't1', field: 'orgId' }, 'vgr', bo, 50, key);
    reconnect(a, b);
    expect(readAnalysis(a).timeline[0]!.orgId).toEqual({ value: 'vgr', alternatives: [] });
  });

  it('detects conflicts on the risk matrix, which has no entity around it', () => {
    const { a, b } = twoDevices();
    setScalar(a, { kind: 'risk', field: 'probability' }, 2, anna, 100, key);
    setScalar(b, { kind: 'risk', field: 'probability' }, 3, bo, 100, key);
    reconnect(a, b);
    expect(readAnalysis(a).risk.probability.alternatives).toHaveLength(1);
    expect(readAnalysis(a).risk).toEqual(readAnalysis(b).risk);
  });

  it('shows a value a broken client wrote as empty instead of trusting it', () => {
    const doc = new Y.Doc();
    addEntity(doc, 'action', 'x1', 1, anna);
    setScalar(doc, { kind: 'action', id: 'x1', field: 'decision' }, 'delete-everything', anna, 100, key);
    expect(readAnalysis(doc).actions[0]!.decision.value).toBeNull();
  });
});

describe('concurrent inserts', () => {
  it('orders the timeline identically on both devices after events were added on each offline', () => {
    const { a, b } = twoDevices();
    for (const [doc, who, id, when, at] of [
      [a, anna, 'a1', '2026-10-01T09:00', 10],
      [b, bo, 'b1', '2026-10-01T08:00', 11],
      [a, anna, 'a2', '2026-10-01T12:00', 12],
      [b, bo, 'b2', '2026-10-01T12:00', 12],
      [b, bo, 'b3', null, 13],
    ] as const) {
      addEntity(doc, 'timeline', id, at, who);
      if (when) setScalar(doc, { kind: 'timeline', id, field: 'when' }, when, who, at, key);
    }
    reconnect(a, b);
    const ids = readAnalysis(a).timeline.map((e) => e.id);
    expect(ids).toEqual(readAnalysis(b).timeline.map((e) => e.id));
    expect(ids).toEqual(['b1', 'a1', 'a2', 'b2', 'b3']);
  });

  it('keeps both actions added on two offline devices, numbered the same everywhere', () => {
    const { a, b } = twoDevices();
    addEntity(a, 'action', 'from-a', 100, anna);
    editText(a, { kind: 'action', id: 'from-a', field: 'action' }, 'Uppdatera rutinen');
    addEntity(b, 'action', 'from-b', 90, bo);
    editText(b, { kind: 'action', id: 'from-b', field: 'action' }, 'Utbilda personalen');
    reconnect(a, b);
    const list = (doc: Y.Doc) => readAnalysis(doc).actions.map((x) => `${x.number}:${x.action}`);
    expect(list(a)).toEqual(['1:Utbilda personalen', '2:Uppdatera rutinen']);
    expect(list(b)).toEqual(list(a));
  });

  it('merges two people typing in the same cause text, and their why-chains', () => {
    const { a, b } = twoDevices((doc) => addEntity(doc, 'cause', 'c1', 1, anna));
    editText(a, { kind: 'cause', id: 'c1', field: 'description' }, 'Anna skriver.');
    editText(b, { kind: 'cause', id: 'c1', field: 'description' }, 'Bo skriver.');
    addWhy(a, 'c1');
    editText(a, { kind: 'why', id: 'c1', index: 0 }, 'Ingen rutin');
    reconnect(a, b);
    const cause = readAnalysis(b).causes[0]!;
    expect(cause.description).toContain('Anna skriver.');
    expect(cause.description).toContain('Bo skriver.');
    expect(cause.whys).toEqual(['Ingen rutin']);
    expect(readAnalysis(a).causes).toEqual(readAnalysis(b).causes);
  });
});
