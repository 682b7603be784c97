import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { build } from 'vite';

/**
 * Builds the app twice with different build ids: version A is what the tests use, version B
 * stands in for "a new deploy", so the update prompt can be tested against a real new service worker.
 */
export default async function setup(project: TestProject): Promise<void> {
  const root = resolve(import.meta.dirname, '../..');
  // A separate folder per run lets two checkouts' (or two people's) test runs share a machine.
  const out = resolve(root, process.env.SAMVERKA_E2E_OUT ?? '.tmp/e2e');
  mkdirSync(out, { recursive: true });
  for (const version of ['a', 'b'] as const) {
    process.env.SAMVERKA_BUILD_ID = `e2e-${version}`;
    await build({ root, logLevel: 'error', build: { outDir: resolve(out, `dist-${version}`), emptyOutDir: true } });
  }
  delete process.env.SAMVERKA_BUILD_ID;
  project.provide('distA', resolve(out, 'dist-a'));
  project.provide('distB', resolve(out, 'dist-b'));
}

declare module 'vitest' {
  export interface ProvidedContext {
    distA: string;
    distB: string;
  }
}
