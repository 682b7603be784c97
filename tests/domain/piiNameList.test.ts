import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AMBIGUOUS_NAMES, FIRST_NAMES, SURNAMES } from '../../src/domain/swedishNames';

type Guard = typeof import('../../src/domain/piiGuard');

// Each test gets a fresh module, so the lazily loaded name list starts out not loaded.
let guard: Guard;
beforeEach(async () => {
  vi.resetModules();
  guard = await import('../../src/domain/piiGuard');
});

const names = (text: string) =>
  guard
    .findPii(text)
    .filter((h) => h.kind === 'name')
    .map((h) => h.text);

describe('the name list, loaded lazily', () => {
  it('ships about 300 first names and 200 surnames, each capitalised once', () => {
    expect(FIRST_NAMES.length).toBeGreaterThanOrEqual(300);
    expect(SURNAMES.length).toBeGreaterThanOrEqual(200);
    for (const name of [...FIRST_NAMES, ...SURNAMES, ...AMBIGUOUS_NAMES]) expect(name).toMatch(/^\p{Lu}\p{Ll}+$/u);
    expect(new Set(FIRST_NAMES).size).toBe(FIRST_NAMES.length);
    expect(new Set(SURNAMES).size).toBe(SURNAMES.length);
  });

  it('runs only the title and relation rule until the list has loaded', () => {
    expect(guard.isNameListLoaded()).toBe(false);
    expect(names('Anna Svensson ringde.')).toEqual([]);
    expect(names('Fru Karlsson ringde.')).toEqual(['Karlsson']);
  });

  it('finds listed names once preloaded', async () => {
    await guard.preloadNameList();
    expect(guard.isNameListLoaded()).toBe(true);
    expect(names('Anna Svensson ringde.')).toEqual(['Anna Svensson']);
  });

  it('loads the list once however many callers ask', async () => {
    await Promise.all([guard.preloadNameList(), guard.preloadNameList()]);
    expect(guard.preloadNameList()).toBe(guard.preloadNameList());
  });

  it.each([
    ['Per dygn ges 4 g.', []],
    ['Inga läkemedel följde med.', []],
    ['Max 2 tabletter.', []],
    ['Per Andersson ringde.', ['Per Andersson']],
    ['Vi ringde Per i går.', ['Per']],
    ['Till sist ringde Inga Berg.', ['Inga Berg']],
  ])(
    '%j names %j (a name that is also a word counts at a sentence start only beside another name)',
    async (text, expected) => {
      await guard.preloadNameList();
      expect(names(text)).toEqual(expected);
    },
  );
});
