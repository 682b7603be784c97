import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { parseAnalysis } from '../../src/domain/analysisSchema';
import { addEntity, editText, readAnalysis, setScalar, type Writer } from '../../src/storage/analysisDoc';

const anna: Writer = { personId: 'anna', name: 'Anna Berg', orgName: 'Göteborgs stad' };
let n = 0;
const key = () => `k${++n}`;

/** The read model as loose JSON, to spoil one value at a time. */
interface Spoilable {
  timeline: { when: { value: unknown } }[];
  causes: { category: { value: unknown } }[];
  actions: { decision: { value: unknown }; goal?: unknown; number: unknown }[];
  risk: { probability: { value: unknown } };
}

function sample() {
  const doc = new Y.Doc();
  addEntity(doc, 'timeline', 't1', 1, anna);
  setScalar(doc, { kind: 'timeline', id: 't1', field: 'when' }, '2026-10-01T14:30', anna, 2, key);
  addEntity(doc, 'cause', 'c1', 3, anna);
  setScalar(doc, { kind: 'cause', id: 'c1', field: 'category' }, 'routines', anna, 4, key);
  addEntity(doc, 'action', 'a1', 5, anna);
  editText(doc, { kind: 'action', id: 'a1', field: 'action' }, 'Uppdatera rutinen');
  setScalar(doc, { kind: 'action', id: 'a1', field: 'decision' }, 'approved', anna, 6, key);
  setScalar(doc, { kind: 'risk', field: 'probability' }, 3, anna, 7, key);
  return JSON.parse(JSON.stringify(readAnalysis(doc))) as Spoilable;
}

describe('the analysis schema', () => {
  it('accepts what the doc reads as, unchanged', () => {
    const data = sample();
    const parsed = parseAnalysis(data);
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && parsed.analysis).toEqual(data);
  });

  it.each<[string, (a: Spoilable) => void, RegExp]>([
    ['a decision that is not one of the three', (a) => (a.actions[0]!.decision.value = 'maybe'), /decision|value/],
    ['a risk level outside 1–4', (a) => (a.risk.probability.value = 7), /probability|value/],
    ['a category outside the five', (a) => (a.causes[0]!.category.value = 'weather'), /category|value/],
    ['a timeline time in another format', (a) => (a.timeline[0]!.when.value = '1 okt 14.30'), /when|value/],
    ['a missing text', (a) => delete a.actions[0]!.goal, /goal/],
    ['an action numbered 0', (a) => (a.actions[0]!.number = 0), /number/],
  ])('refuses %s, with a reason', (_name, spoil, reason) => {
    const data = sample();
    spoil(data);
    const parsed = parseAnalysis(data);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.reason).toMatch(reason);
  });
});
