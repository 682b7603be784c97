import { describe, expect, it } from 'vitest';
import { spliceBetween } from '../../src/domain/textDiff';

const apply = (before: string, s: ReturnType<typeof spliceBetween>) =>
  s ? before.slice(0, s.index) + s.insert + before.slice(s.index + s.deleteCount) : before;

describe('smallest splice between two field values', () => {
  it.each<[string, string, number | undefined, { index: number; deleteCount: number; insert: string } | null]>([
    ['', 'a', undefined, { index: 0, deleteCount: 0, insert: 'a' }],
    ['abc', 'abXc', 3, { index: 2, deleteCount: 0, insert: 'X' }],
    ['abc', 'ac', 1, { index: 1, deleteCount: 1, insert: '' }],
    // Typing "a" between two a's: the caret says where.
    ['aa', 'aaa', 1, { index: 0, deleteCount: 0, insert: 'a' }],
    ['aa', 'aaa', 2, { index: 1, deleteCount: 0, insert: 'a' }],
    ['hello world', 'hello there', 11, { index: 6, deleteCount: 5, insert: 'there' }],
    ['same', 'same', undefined, null],
  ])('%j → %j (caret %s)', (before, after, cursor, expected) => {
    const splice = spliceBetween(before, after, cursor);
    expect(splice).toEqual(expected);
    expect(apply(before, splice)).toBe(after);
  });
});
