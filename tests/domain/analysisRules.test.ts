import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import {
  checkedField,
  riskLevel,
  riskScore,
  SCALAR_SCHEMAS,
  type Analysis,
  type Field,
} from '../../src/domain/analysis';
import {
  analysisProblems,
  conflictCount,
  mayReopen,
  signatureProgress,
  signRefusal,
  type SignoffInput,
} from '../../src/domain/analysisRules';
import { orderTimeline } from '../../src/domain/analysisTimeline';

const f = <T>(value: T | null): Field<T> => ({ value, alternatives: [] });
const none: Field<never> = { value: null, alternatives: [] };
const conflicted = <T>(value: T): Field<T> => ({
  value,
  alternatives: [{ key: 'k', entry: { value: 'other', personId: 'p', name: 'Bo', orgName: 'VGR', at: 1 } }],
});

function analysis(overrides: Partial<Analysis> = {}): Analysis {
  return {
    timeline: [
      {
        id: 't1',
        createdAt: 1,
        what: 'Utskrivning utan meddelande',
        when: f('2026-10-01T10:00'),
        orgId: f('vgr'),
        handover: f(true),
        failedHandover: f(true),
      },
    ],
    causes: [
      {
        id: 'c1',
        createdAt: 1,
        category: f('communication'),
        description: 'Meddelandet skickades inte',
        whys: ['Rutinen var okänd'],
        rootCause: 'Ingen introduktion',
        contributingFactors: '',
        systemWeakness: f(true),
      },
    ],
    risk: { probability: none, severity: none },
    actions: [],
    conclusions: '',
    learning: '',
    ...overrides,
  };
}

const action = (over: Partial<Analysis['actions'][number]> = {}): Analysis['actions'][number] => ({
  id: 'a1',
  createdAt: 1,
  number: 1,
  action: 'Utbilda i rutinen',
  goal: 'Alla känner till rutinen',
  responsibleOrgId: f('vgr'),
  responsibleRole: 'Enhetschef',
  plannedStart: f('2026-12-01'),
  plannedEnd: f('2027-01-31'),
  decision: none,
  decisionReason: '',
  done: f(false),
  effect: none,
  effectNote: '',
  withdrawn: none,
  ...over,
});

describe('what keeps an analysis from being signed', () => {
  it('has no problems when complete', () => {
    expect(analysisProblems(analysis())).toEqual([]);
  });

  it.each<[string, Partial<Analysis>, string]>([
    ['an empty course of events', { timeline: [] }, 'timeline_empty'],
    ['no causes', { causes: [] }, 'causes_empty'],
    [
      'no failed handover marked',
      { timeline: [{ ...analysis().timeline[0]!, failedHandover: f(false) }] },
      'failed_handover_missing',
    ],
    [
      'a conflicting timeline date',
      { timeline: [{ ...analysis().timeline[0]!, when: conflicted('2026-10-02') }] },
      'conflict',
    ],
    ['a conflicting risk value', { risk: { probability: conflicted(2), severity: f(3) } }, 'conflict'],
    [
      'a rejected action without a reason',
      { actions: [action({ decision: f('rejected') })] },
      'decision_reason_required',
    ],
    [
      'a partly approved action without a reason',
      { actions: [action({ decision: f('partlyApproved') })] },
      'decision_reason_required',
    ],
    ['a personnummer in the conclusions', { conclusions: 'Gäller 811218-9876' }, 'contains_personal_data'],
    ['a conflicting due date', { actions: [action({ plannedEnd: conflicted('2027-02-01') })] }, 'conflict'],
  ])('refuses %s', (_name, overrides, code) => {
    expect(analysisProblems(analysis(overrides)).map((p) => p.code)).toContain(code);
  });

  it('counts conflicting fields, not entries, in the quick banner count', () => {
    const a = analysis({
      actions: [action({ plannedEnd: conflicted('2027-02-01'), responsibleOrgId: conflicted('x') })],
    });
    expect(conflictCount(a)).toBe(2);
  });

  it('finds the same conflicted entries in the quick count as in the full check', () => {
    const a = analysis({
      timeline: [{ ...analysis().timeline[0]!, when: conflicted('2026-10-02') }],
      risk: { probability: conflicted(2), severity: f(3) },
      actions: [action({ plannedEnd: conflicted('2027-02-01') }), action({ id: 'a2' })],
    });
    expect(conflictCount(a)).toBe(3);
    expect(analysisProblems(a).filter((p) => p.code === 'conflict')).toHaveLength(3);
  });

  it('accepts a rejection with a reason, and an approval without one', () => {
    const actions = [
      action({ decision: f('rejected'), decisionReason: 'Ryms inte i budget' }),
      action({ id: 'a2', decision: f('approved') }),
    ];
    expect(analysisProblems(analysis({ actions }))).toEqual([]);
  });
});

describe('the analysis schema for scalar values', () => {
  it.each<[string, keyof typeof SCALAR_SCHEMAS.action, unknown, boolean]>([
    ['a decision from the list', 'decision', 'approved', true],
    ['an unknown decision', 'decision', 'maybe', false],
    ['an ISO date', 'plannedEnd', '2026-12-31', true],
    ['a date in another format', 'plannedEnd', '31/12/2026', false],
    ['a withdrawal reason', 'withdrawn', 'Ersatt av åtgärd 3', true],
    ['an empty withdrawal reason', 'withdrawn', '', false],
  ])('%s', (_name, field, value, valid) => {
    const schema = SCALAR_SCHEMAS.action[field] as v.GenericSchema;
    const field_ = checkedField(schema, { value: value as string, alternatives: [] });
    expect(field_.value !== null).toBe(valid);
  });

  it('scores risk as probability × severity', () => {
    expect(riskScore(4, 4)).toBe(16);
    expect(riskScore(2, null)).toBeNull();
    expect([riskLevel(2), riskLevel(6), riskLevel(9), riskLevel(12)]).toEqual(['low', 'moderate', 'high', 'veryHigh']);
  });
});

describe('the timeline order', () => {
  it('sorts by time, untimed entries last, ties by creation then id', () => {
    const e = (id: string, when: string | null, createdAt: number) => ({ id, createdAt, when: f(when) });
    const ordered = orderTimeline([
      e('d', null, 1),
      e('c', '2026-10-02', 5),
      e('b', '2026-10-01', 9),
      e('a', '2026-10-01', 9),
    ]);
    expect(ordered.map((x) => x.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});

const signoff = (over: Partial<SignoffInput> = {}): SignoffInput => ({
  signingOrgIds: ['goteborg', 'vgr'],
  locked: false,
  version: 1,
  team: [
    { personId: 'anna', orgId: 'goteborg', signer: true, commissioner: true },
    { personId: 'bo', orgId: 'vgr', signer: true, commissioner: false },
    { personId: 'cia', orgId: 'vgr', signer: false, commissioner: false },
  ],
  signatures: [],
  ...over,
});
const ready = { problems: 0, synced: true, currentStateVector: 'SV2' };

describe('sign-off and lock rules', () => {
  it.each<[string, SignoffInput, string, typeof ready, string | null]>([
    ['a responsible manager signs a ready analysis', signoff(), 'anna', ready, null],
    ['a team member who is not the signer', signoff(), 'cia', ready, 'not_signer'],
    ['a locked analysis', signoff({ locked: true }), 'anna', ready, 'locked'],
    ['with problems left', signoff(), 'anna', { ...ready, problems: 2 }, 'has_problems'],
    ['before the device has synced', signoff(), 'anna', { ...ready, synced: false }, 'unsynced'],
    [
      'the same state twice',
      signoff({ signatures: [{ orgId: 'goteborg', personId: 'anna', stateVector: 'SV2' }] }),
      'anna',
      ready,
      'already_signed',
    ],
    [
      'again after a later change',
      signoff({ signatures: [{ orgId: 'goteborg', personId: 'anna', stateVector: 'SV1' }] }),
      'anna',
      ready,
      null,
    ],
  ])('%s', (_name, input, person, ctx, expected) => {
    expect(signRefusal(input, person, ctx)).toBe(expected);
  });

  it('counts only signatures of the state everyone sees now', () => {
    const input = signoff({
      signatures: [
        { orgId: 'goteborg', personId: 'anna', stateVector: 'SV1' },
        { orgId: 'vgr', personId: 'bo', stateVector: 'SV2' },
      ],
    });
    expect(signatureProgress(input, (sv) => sv === 'SV2')).toEqual([
      { orgId: 'goteborg', current: false, signedBy: 'anna' },
      { orgId: 'vgr', current: true, signedBy: 'bo' },
    ]);
  });

  it('lets a signer, the commissioner or a lead reopen a locked analysis, nobody an open one', () => {
    expect(mayReopen(signoff({ locked: true }), 'bo', false)).toBe(true);
    expect(mayReopen(signoff({ locked: true }), 'cia', false)).toBe(false);
    expect(mayReopen(signoff({ locked: true }), 'cia', true)).toBe(true);
    expect(mayReopen(signoff(), 'anna', true)).toBe(false);
  });
});
