import { describe, expect, it } from 'vitest';
import { resolveRegister, type RegisterEntry } from '../../src/domain/scalarRegister';

const entry = (value: RegisterEntry['value'], at: number, name = 'Anna'): RegisterEntry => ({
  value,
  personId: `p-${name}`,
  name,
  orgName: 'Göteborgs stad',
  at,
});

describe('a scalar register', () => {
  it('is empty when never set', () => {
    expect(resolveRegister([])).toEqual({ value: null, entry: null, alternatives: [] });
  });

  it('shows the only value without a conflict', () => {
    const resolved = resolveRegister([['k1', entry('2026-12-01', 10)]]);
    expect(resolved.value).toBe('2026-12-01');
    expect(resolved.alternatives).toEqual([]);
  });

  it('shows the latest of two concurrent values and keeps the other as an alternative', () => {
    const resolved = resolveRegister([
      ['a', entry('2026-12-01', 10, 'Anna')],
      ['b', entry('2026-12-15', 20, 'Bo')],
    ]);
    expect(resolved.value).toBe('2026-12-15');
    expect(resolved.alternatives).toEqual([{ key: 'a', entry: entry('2026-12-01', 10, 'Anna') }]);
  });

  it('picks the same winner whatever order the entries arrive in', () => {
    const a: [string, RegisterEntry] = ['a', entry('x', 10, 'Anna')];
    const b: [string, RegisterEntry] = ['b', entry('y', 10, 'Bo')];
    expect(resolveRegister([a, b]).value).toBe(resolveRegister([b, a]).value);
  });

  it('does not call two equal concurrent values a conflict', () => {
    const resolved = resolveRegister([
      ['a', entry('approved', 10, 'Anna')],
      ['b', entry('approved', 11, 'Bo')],
    ]);
    expect(resolved.alternatives).toEqual([]);
  });

  it('ignores entries that do not meet the schema', () => {
    const resolved = resolveRegister([
      ['a', { value: { evil: true }, at: 99 }],
      ['b', entry(true, 1)],
    ]);
    expect(resolved.value).toBe(true);
    expect(resolved.alternatives).toEqual([]);
  });
});
