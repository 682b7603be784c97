/**
 * `npm run bench`: measures the budgets of the open issues against the built app in real
 * Chromium (the joint analysis's live sync and offline merge with the app's own code in Node,
 * see analysis/; a case's arrival in the receiver's open inbox, see arrival/) and prints one
 * table. Exits 1 when a budget is missed. Not a test: numbers vary with the machine, so they are
 * reported, never asserted inside the test suite.
 *
 * `BENCH_ONLY=arrival` (comma-separated: app, pii, analysis, arrival, throttled) runs only those parts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchPersistent } from '../helpers/chromium';
import { startTestServer } from '../helpers/appServer';
import { ReportFormPage } from '../e2e/pages/ReportFormPage';
import { EnrollPage } from '../e2e/pages/EnrollPage';
import { createEnrollmentCode } from '../../sync-server/src/auth/enrollment';
import { initialJsForRoute } from './bundleSize';
import { measureKeystrokeToDisk, measureMarks, seedIndex, summarise } from './browserBudgets';
import { failedRow, printTable, type Row } from './budgetTable';
import { liveEditRow } from './analysis/liveEdit';
import { offlineMergeRow } from './analysis/offlineMerge';
import { openAnalysisRow } from './analysis/openAnalysis';
import { arrivalRows } from './arrival/arrival';
import { piiGuardRow } from './piiGuardBench';
import { throttledRows } from './throttledBudgets';

const rows: Row[] = [];
// BENCH_DIST: a build of one's own (`npx vite build --outDir .tmp/dist-x`), leaving dist/ to others.
const dist = resolve(process.env.BENCH_DIST ?? 'dist');
const only = process.env.BENCH_ONLY?.split(',').map((part) => part.trim());
const runs = (part: 'app' | 'pii' | 'analysis' | 'arrival' | 'throttled') => !only || only.includes(part);

if (runs('app')) await appRows();

// The PII guard on the keystroke path (issue 10): pure code in Node.
if (runs('pii')) rows.push(await piiGuardRow().catch(failedRow('PII guard over 10,000 characters')));

// The joint analysis (issue 5), one at a time with relays and browsers of their own (two
// cores: nothing else runs beside them).
if (runs('analysis')) {
  rows.push(await liveEditRow().catch(failedRow('Analysis edit → visible on the other client')));
  rows.push(await Promise.resolve().then(offlineMergeRow).catch(failedRow('Merge two offline analysis sessions')));
  rows.push(await openAnalysisRow(dist).catch(failedRow('Open an analysis of 200 entries + 50 actions')));
}

// A submitted case reaching the receiving unit's open inbox (issue 9 §3, §4): two browsers and
// a relay of their own.
if (runs('arrival')) rows.push(...(await arrivalRows(dist)));

// Issue 11 on a low-end tablet (CPU 4×): cold offline start of a manager's device with 2,000
// cases, the inbox's first row, and key to next frame while typing.
if (runs('throttled'))
  rows.push(...(await throttledRows(dist).catch((error) => [failedRow('Throttled tablet (issue 11)')(error)])));

printTable(rows);
process.exit(rows.every((r) => r.ok) ? 0 : 1);

/** Bundle sizes and the browser budgets of one enrolled device (issues 1, 2, 4). */
async function appRows(): Promise<void> {
  const formJs = initialJsForRoute(dist, 'src/routes/ReportFormRoute.tsx');
  rows.push({
    budget: 'Initial JS, report form route (gzip)',
    limit: '≤ 90 KB',
    measured: `${(formJs.bytes / 1024).toFixed(1)} KB`,
    ok: formJs.bytes <= 90 * 1024,
  });
  const listJs = initialJsForRoute(dist, 'src/routes/CaseListRoute.tsx');
  rows.push({
    budget: 'Initial JS, case list route (gzip)',
    limit: '(info)',
    measured: `${(listJs.bytes / 1024).toFixed(1)} KB`,
    ok: true,
  });

  const server = await startTestServer(dist);
  const profile = mkdtempSync(join(tmpdir(), 'samverka-bench-'));
  const context = await launchPersistent(profile);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const base = `http://127.0.0.1:${server.port}`;
    await page.goto(base);
    const form = new ReportFormPage(page);
    await form.startNew();
    await form.gotoStep(4);

    // Keystroke to persisted: 200 keystrokes into the description.
    const latencies = summarise(await measureKeystrokeToDisk(page, '#field-description', 200));
    rows.push({
      budget: 'Keystroke → committed in IndexedDB (p95 of 200)',
      limit: '≤ 300 ms',
      measured: `p50 ${latencies.median.toFixed(1)} ms, p95 ${latencies.p95.toFixed(1)} ms, max ${latencies.max.toFixed(1)} ms`,
      ok: latencies.p95 <= 300,
    });

    // A doc with 1,000 edits: 800 more keystrokes, then open the case in a fresh page load, 10 times.
    await page.locator('#field-description').pressSequentially('x'.repeat(800));
    await form.waitUntilSaved();
    const caseUrl = `${form.caseUrl()}/steg/4`;
    // The first open after a long session may still hold every edit as its own row (compaction
    // runs after typing pauses); it is reported apart. Then 10 opens, each followed by 1.5 s on
    // the page (a nurse reading the case), which lets the post-open compaction finish.
    await page.goto(caseUrl);
    const firstOpen = await measureMarks(page, 'case:open:start', 'case:open:ready');
    await page.waitForTimeout(1500);
    const openTimes: number[] = [];
    for (let i = 0; i < 10; i++) {
      await page.goto(caseUrl);
      openTimes.push(await measureMarks(page, 'case:open:start', 'case:open:ready'));
      await page.waitForTimeout(1500);
    }
    const open = summarise(openTimes);
    rows.push({
      budget: 'Open the 1,000-edit case, first time (before compaction)',
      limit: '(info)',
      measured: `${firstOpen.toFixed(1)} ms`,
      ok: true,
    });
    rows.push({
      budget: 'Open a case whose doc holds 1,000 edits (median of 10)',
      limit: '≤ 50 ms',
      measured: `median ${open.median.toFixed(1)} ms, max ${open.max.toFixed(1)} ms`,
      ok: open.median <= 50,
    });

    // Case list with 5,000 indexed cases: from the list screen mounting to its first rows in the DOM.
    await seedIndex(page, 5000);
    const listTimes: number[] = [];
    const fromNavigation: number[] = [];
    for (let i = 0; i < 10; i++) {
      await page.goto(base);
      listTimes.push(await measureMarks(page, 'caselist:start', 'caselist:rendered'));
      fromNavigation.push(await page.evaluate(() => performance.getEntriesByName('caselist:rendered')[0]!.startTime));
    }
    const list = summarise(listTimes);
    rows.push({
      budget: 'Case list, 5,000 indexed cases: first screen (median of 10)',
      limit: '≤ 100 ms',
      measured: `median ${list.median.toFixed(1)} ms, max ${list.max.toFixed(1)} ms`,
      ok: list.median <= 100,
    });
    const nav = summarise(fromNavigation);
    rows.push({
      budget: '  same, from navigation start (whole page load)',
      limit: '(info)',
      measured: `median ${nav.median.toFixed(1)} ms`,
      ok: true,
    });

    // Inbox with 10,000 indexed cases for this device's unit (enrolled through the real relay).
    await server.store.createOrg({
      id: 'vgr',
      name: 'Västra Götalandsregionen',
      type: 'region',
      profileId: 'goteborgsomradet',
    });
    await server.store.createUnit({ id: 'vgr-avd12', orgId: 'vgr', name: 'Avdelning 12' });
    const { code } = await createEnrollmentCode(server.store, {
      unitId: 'vgr-avd12',
      personName: 'Anna Berg',
      role: 'manager',
    });
    await page.goto(base);
    await new EnrollPage(page).enroll(code, 'Bench');
    await seedIndex(page, 10_000, 'vgr-avd12');
    const inboxTimes: number[] = [];
    const filterTimes: number[] = [];
    for (let i = 0; i < 10; i++) {
      await page.goto(`${base}/inkorg`);
      inboxTimes.push(await measureMarks(page, 'inbox:start', 'inbox:rendered'));
      // Filters run over the whole inbox: measure once all 10,000 rows are in memory.
      await page.waitForFunction(() => performance.getEntriesByName('inbox:full').length > 0);
      await page.locator('#inbox-search').fill(`avdelning ${i}`);
      await page.waitForFunction(() =>
        performance
          .getEntriesByName('inbox:filtered')
          .some((m) => m.startTime > performance.getEntriesByName('inbox:filter').at(-1)!.startTime),
      );
      filterTimes.push(
        await page.evaluate(() => {
          const start = performance.getEntriesByName('inbox:filter').at(-1)!.startTime;
          return performance.getEntriesByName('inbox:filtered').find((m) => m.startTime > start)!.startTime - start;
        }),
      );
    }
    const inboxFirst = summarise(inboxTimes);
    const inboxFilter = summarise(filterTimes);
    rows.push({
      budget: 'Inbox, 10,000 indexed cases: first screen (median of 10)',
      limit: '≤ 100 ms',
      measured: `median ${inboxFirst.median.toFixed(1)} ms, max ${inboxFirst.max.toFixed(1)} ms`,
      ok: inboxFirst.median <= 100,
    });
    rows.push({
      budget: 'Inbox, 10,000 cases: a filter change (median of 10)',
      limit: '≤ 50 ms',
      measured: `median ${inboxFilter.median.toFixed(1)} ms, max ${inboxFilter.max.toFixed(1)} ms`,
      ok: inboxFilter.median <= 50,
    });
  } finally {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
