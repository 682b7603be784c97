import { describe, expect, it } from 'vitest';
import { decodeHeldEdit, encodeHeldEdit, rebaseHeldEdit, type HeldEdit } from '../../src/domain/heldEdit';

const held = (overrides: Partial<HeldEdit> = {}): HeldEdit => ({ base: 'Kl ', text: 'Kl 14', ...overrides });

describe('a held edit kept on the device', () => {
  it('reads back what was stored, base and text', () => {
    expect(decodeHeldEdit(encodeHeldEdit(held()), 'ignored')).toEqual(held());
  });

  it.each<[string, string, string, HeldEdit]>([
    ['a plain text from before version 1 takes the shared text as its base', 'Kl 14', 'Kl ', held()],
    ['text that merely looks like JSON is a plain text', '{"v":2}', 'x', { base: 'x', text: '{"v":2}' }],
    [
      'a stored shape with a wrong field is a plain text',
      '{"v":1,"base":3,"text":"a"}',
      'y',
      { base: 'y', text: '{"v":1,"base":3,"text":"a"}' },
    ],
  ])('%s', (_what, raw, shared, expected) => {
    expect(decodeHeldEdit(raw, shared)).toEqual(expected);
  });
});

describe('the others typing while an edit is held', () => {
  it.each<[string, HeldEdit, string, HeldEdit]>([
    ['shows their text before the held number', held(), 'Vera: Kl ', { base: 'Vera: Kl ', text: 'Vera: Kl 14' }],
    [
      'shows their text after the held number',
      held({ base: 'Kl  ringde', text: 'Kl 14 ringde' }),
      'Kl  ringde 112',
      { base: 'Kl  ringde 112', text: 'Kl 14 ringde 112' },
    ],
    ['keeps the held text as it is when the shared text did not change', held(), 'Kl ', held()],
  ])('%s', (_what, before, shared, after) => {
    expect(rebaseHeldEdit(before, shared)).toEqual(after);
  });
});
