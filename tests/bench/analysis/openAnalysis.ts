import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import * as Y from 'yjs';
import { roomName } from '../../../src/protocol/rooms';
import { createEnrollmentCode } from '../../../sync-server/src/auth/enrollment';
import { startTestServer } from '../../helpers/appServer';
import { launchPersistent } from '../../helpers/chromium';
import { syncClient } from '../../helpers/relayFixture';
import { EnrollPage } from '../../e2e/pages/EnrollPage';
import { measureMarks, summarise } from '../browserBudgets';
import type { Row } from '../budgetTable';
import { seedDirectory, startAnalysis, tokenFor } from './analysisCase';
import { addAction, addCause, addTimelineEntry, GRETA, random, sentence, typeWords, VERA } from './analysisContent';

/**
 * Issue 5, "an analysis with 200 timeline entries and 50 actions opens ≤ 100 ms": in Chromium
 * against the built app, on Greta's enrolled device (she is on the team: anyone else gets the
 * read-only report). The relay holds the analysis; one unmeasured open brings it to the device
 * (y-indexeddb, status in Dexie), then each measured open reads it from the device.
 */

export const TIMELINE = 200;
export const ACTIONS = 50;
const OPENS = 10;

/**
 * Counts what is drawn the moment the route marks itself rendered (after the mark, so outside
 * the measured span): sync running beside the screen must not be able to fill it in later.
 */
const COUNT_AT_MARK = `(() => {
  const mark = performance.mark.bind(performance);
  performance.mark = (name, options) => {
    const entry = mark(name, options);
    if (name === 'analysis:rendered')
      window.__drawnAtMark = [
        document.querySelectorAll('[data-timeline-entry]').length,
        document.querySelectorAll('.analysis [data-action]').length,
      ];
    return entry;
  };
})()`;

/** The budget's row, judged on the median like the other screen-opening budgets. */
export async function openAnalysisRow(dist: string): Promise<Row> {
  const open = summarise(await measureOpenAnalysis(dist));
  return {
    budget: `Open an analysis, ${TIMELINE} timeline entries + ${ACTIONS} actions: on screen (median of ${open.n})`,
    limit: '≤ 100 ms',
    measured: `median ${open.median.toFixed(1)} ms, max ${open.max.toFixed(1)} ms`,
    ok: open.median <= 100,
  };
}

/** Milliseconds from `analysis:start` to `analysis:rendered` for each of `OPENS` page loads. */
export async function measureOpenAnalysis(dist: string): Promise<number[]> {
  const server = await startTestServer(dist);
  const profile = mkdtempSync(join(tmpdir(), 'samverka-bench-analysis-'));
  const context = await launchPersistent(profile);
  try {
    await seedDirectory(server);
    const base = `http://127.0.0.1:${server.port}`;
    const page = context.pages()[0] ?? (await context.newPage());
    await page.addInitScript(COUNT_AT_MARK);
    await page.goto(base);
    const { code } = await createEnrollmentCode(server.store, {
      unitId: 'gbg-hemsjukvard',
      personId: GRETA.personId,
      personName: GRETA.name,
      role: 'manager',
    });
    await new EnrollPage(page).enroll(code, 'Bench');

    const vera = await tokenFor(server, VERA);
    const caseId = await startAnalysis(server, vera);
    const client = syncClient(server, vera);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, bigAnalysis());
    await client.join(roomName(caseId, 'analysis'), doc).whenSynced();
    client.stop();

    // Unmeasured: the device gets the analysis from the relay and keeps it.
    const url = `${base}/rapport/${caseId}/analys`;
    await page.goto(url);
    await page.waitForFunction(
      ([entries, actions]) =>
        document.querySelectorAll('[data-timeline-entry]').length === entries &&
        document.querySelectorAll('.analysis [data-action]').length === actions,
      [TIMELINE, ACTIONS],
      { timeout: 60_000 },
    );
    await page.waitForTimeout(3000);

    const times: number[] = [];
    for (let i = 0; i < OPENS; i++) {
      await page.goto(url);
      times.push(await measureMarks(page, 'analysis:start', 'analysis:rendered'));
      await expectDrawn(page);
      // Like a person reading it; lets the writes y-indexeddb makes after an open finish.
      await page.waitForTimeout(1500);
    }
    return times;
  } finally {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

async function expectDrawn(page: Page): Promise<void> {
  const drawn = await page.evaluate(() => (window as unknown as { __drawnAtMark?: number[] }).__drawnAtMark);
  if (drawn?.[0] !== TIMELINE || drawn[1] !== ACTIONS)
    throw new Error(
      `when marked rendered, the analysis showed ${drawn?.[0]} timeline entries and ${drawn?.[1]} actions`,
    );
}

/** The analysis as two organisations wrote it, each on their own device, merged. */
function bigAnalysis(): Uint8Array {
  const next = random(7);
  const [greta, vera] = [new Y.Doc(), new Y.Doc()];
  const now = Date.parse('2026-11-10T09:00:00Z');
  for (let i = 0; i < TIMELINE; i++) addTimelineEntry(i % 2 ? vera : greta, i % 2 ? VERA : GRETA, next, now + i);
  for (let i = 0; i < 6; i++) addCause(i % 2 ? vera : greta, i % 2 ? VERA : GRETA, next, now + i);
  for (let i = 0; i < ACTIONS; i++) addAction(i % 2 ? vera : greta, i % 2 ? VERA : GRETA, next, now + i);
  typeWords(greta, { kind: 'top', field: 'conclusions' }, sentence(next, 150, 200));
  Y.applyUpdate(greta, Y.encodeStateAsUpdate(vera));
  return Y.encodeStateAsUpdate(greta);
}
