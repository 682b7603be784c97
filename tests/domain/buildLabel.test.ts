import { describe, expect, it } from 'vitest';
import { buildLabel } from '../../src/ui/buildLabel';

// The footer's version (src/ui/buildLabel.ts): pure, so it is tested here with the other pure rules.
describe('the build a person can quote to support', () => {
  it.each([
    ['a build time in Swedish, Swedish time', '2026-11-29T09:12:00.000Z', 'sv', '29 nov. 2026 10:12'],
    ['a build time in English, still Swedish time', '2026-11-29T09:12:00.000Z', 'en', '29 Nov 2026, 10:12'],
    ['summer time in Sweden', '2026-06-01T22:30:00Z', 'sv', '2 juni 2026 00:30'],
  ] as const)('shows %s', (_name, id, lang, builtAt) => {
    expect(buildLabel('0.1.0', id, lang)).toEqual({ version: '0.1.0', builtAt, raw: id });
  });

  it.each(['e2e-a', 'test', '2026-11-29', 'not-a-dateT10:00Z'])(
    'keeps a build id that is not a time (%s) as it is',
    (id) => {
      expect(buildLabel('0.1.0', id, 'sv')).toEqual({ version: '0.1.0', builtAt: null, raw: id });
    },
  );
});
