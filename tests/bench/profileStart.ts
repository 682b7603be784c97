/**
 * Where a cold offline start of the manager's inbox spends its time (issue 11), on the same
 * device and CPU throttling as the throttled bench: `npx tsx tests/bench/profileStart.ts [dist]`.
 * Prints, per round, the navigation, every script's fetch (start → end, from the service
 * worker) and the app's performance marks; then one round under the CPU profiler, as self time
 * per script and the heaviest functions. Not part of `npm run bench`: a tool for looking.
 */
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { managerDevice, throttledPage } from './throttledBudgets';

const dist = resolve(process.argv[2] ?? process.env.BENCH_DIST ?? 'dist');
const ROUNDS = Number(process.env.PROFILE_ROUNDS ?? 3);

interface Timeline {
  nav: Record<string, number>;
  scripts: { name: string; start: number; end: number }[];
  marks: { name: string; at: number }[];
}

async function timeline(page: Page): Promise<Timeline> {
  await page.waitForFunction(() => performance.getEntriesByName('inbox:full').length > 0, null, { timeout: 30_000 });
  await page.waitForTimeout(300);
  return page.evaluate(() => {
    const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return {
      nav: {
        responseEnd: n.responseEnd,
        domInteractive: n.domInteractive,
        domContentLoaded: n.domContentLoadedEventEnd,
        load: n.loadEventEnd,
      },
      scripts: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => ({
        name: r.name.replace(/^.*\/assets\//, ''),
        start: r.startTime,
        end: r.responseEnd,
      })),
      marks: performance.getEntriesByType('mark').map((m) => ({ name: m.name, at: m.startTime })),
    };
  });
}

const device = await managerDevice(dist);
try {
  await device.context.setOffline(true);
  for (let i = 0; i < ROUNDS; i++) {
    const page = await throttledPage(device.context);
    await page.goto(`${device.base}inkorg`);
    const t = await timeline(page);
    await page.close();
    console.log(
      `\n— round ${i + 1}: navigation`,
      Object.entries(t.nav)
        .map(([k, v]) => `${k} ${v.toFixed(0)}`)
        .join(', '),
    );
    for (const s of t.scripts)
      console.log(`  fetch ${s.start.toFixed(0).padStart(5)} → ${s.end.toFixed(0).padStart(5)}  ${s.name}`);
    for (const m of t.marks) console.log(`  mark  ${m.at.toFixed(0).padStart(5)}  ${m.name}`);
  }

  if (process.env.PROFILE_TRACE) await traceRound(device.context, device.base);

  // One round under the profiler (it slows the page a little: read the shares, not the totals).
  const page = await throttledPage(device.context);
  const cdp = await device.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: Number(process.env.PROFILE_INTERVAL ?? 200) });
  await cdp.send('Profiler.start');
  await page.goto(`${device.base}inkorg`);
  await timeline(page);
  const { profile } = (await cdp.send('Profiler.stop')) as {
    profile: {
      nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
      samples: number[];
      timeDeltas: number[];
    };
  };
  await page.close();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const perScript = new Map<string, number>();
  const perFunction = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const script = frame.url.replace(/^.*\/assets\//, '') || `(${frame.functionName || 'native'})`;
    perScript.set(script, (perScript.get(script) ?? 0) + ms);
    const fn = `${frame.functionName || '(anonymous)'} ${script}:${frame.lineNumber}`;
    perFunction.set(fn, (perFunction.get(fn) ?? 0) + ms);
  });
  // Inclusive time: every function on the sampled stack, once per sample.
  const inclusive = new Map<string, number>();
  const parent = new Map<number, number>();
  for (const n of profile.nodes as { id: number; children?: number[] }[])
    for (const c of n.children ?? []) parent.set(c, n.id);
  const under = process.env.PROFILE_UNDER ? new RegExp(process.env.PROFILE_UNDER) : null;
  const stackHas = (id: number, re: RegExp) => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame;
      if (re.test(`${frame.functionName} ${frame.url}`)) return true;
    }
    return false;
  };
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (under && !stackHas(id, under)) return;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame;
      if (!frame.url) continue;
      const key = `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^.*\/assets\//, '')}:${frame.lineNumber}`;
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + ms);
    }
  });
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `  ${v.toFixed(1).padStart(7)} ms  ${k}`);
  console.log('\n— self time per script (profiled round)');
  console.log(top(perScript, 25).join('\n'));
  console.log('\n— heaviest functions');
  console.log(top(perFunction, 30).join('\n'));
  console.log('\n— inclusive time (app code)');
  console.log(top(inclusive, Number(process.env.PROFILE_TOP ?? 70)).join('\n'));
} finally {
  await device.close();
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; functionName?: string; name?: string }; beginData?: { url?: string } };
}

/**
 * One cold start under a Performance trace: the renderer main thread's tasks of 8 ms or more,
 * each with its heaviest kinds of work (script evaluation by file, compile, style, layout, GC).
 */
async function traceRound(context: BrowserContext, base: string): Promise<void> {
  const page = await throttledPage(context);
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => void events.push(...(data.value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolveDone) => cdp.once('Tracing.tracingComplete', () => resolveDone()));
  await cdp.send('Tracing.start', {
    categories: process.env.PROFILE_CATEGORIES ?? 'devtools.timeline,blink.user_timing',
    transferMode: 'ReportEvents',
  });
  await page.goto(`${base}inkorg`);
  await timeline(page);
  await cdp.send('Tracing.end');
  await done;
  await page.close();
  const nav = events.find((e) => e.name === 'navigationStart' || e.name === 'NavigationStart');
  const main = events.find(
    (e) => e.name === 'CrRendererMain' || (e.name === 'thread_name' && e.args?.data === undefined),
  );
  void main;
  // The renderer main thread: the one running the app's marks.
  const markEvent = events.find((e) => e.name === 'inbox:full');
  if (!markEvent) return console.log('trace: no inbox:full mark');
  const threadOf = events.filter((e) => e.name.endsWith('RunTask') && e.pid === markEvent.pid);
  const tids = new Map<number, number>();
  for (const e of threadOf) tids.set(e.tid, (tids.get(e.tid) ?? 0) + (e.dur ?? 0));
  const tid = [...tids].sort((a, b) => b[1] - a[1])[0]![0];
  const on = events.filter((e) => e.pid === markEvent.pid && e.tid === tid);
  const t0 = nav?.ts ?? Math.min(...on.map((e) => e.ts));
  const marks = events.filter((e) => e.pid === markEvent.pid && e.name.includes(':') && e.ph !== 'X');
  console.log('\n— trace: main-thread tasks ≥ 8 ms (ms from navigation start)');
  const tasks = on.filter(
    (e) => e.name.endsWith('RunTask') && (e.dur ?? 0) >= Number(process.env.PROFILE_MIN_TASK ?? 8) * 1000,
  );
  for (const task of tasks) {
    const end = task.ts + task.dur!;
    const inner = on.filter((e) => e.ts >= task.ts && e.ts < end && e.ph === 'X' && e !== task);
    const kinds = new Map<string, number>();
    for (const e of inner) {
      const url = (e.args?.data?.url ?? e.args?.beginData?.url ?? '').replace(/^.*\//, '');
      const key = [
        'EvaluateScript',
        'v8.compile',
        'v8.compileModule',
        'v8.evaluateModule',
        'FunctionCall',
        'ParseHTML',
      ].includes(e.name)
        ? `${e.name} ${url || e.args?.data?.functionName || ''}`.trim()
        : e.name;
      if (
        [
          'UpdateLayoutTree',
          'Layout',
          'Paint',
          'MajorGC',
          'MinorGC',
          'V8.GCScavenger',
          'ParseAuthorStyleSheet',
          'TimerFire',
          'FireAnimationFrame',
          'EventDispatch',
          'v8.run',
          'RunMicrotasks',
          'v8.parseOnBackground',
        ].includes(e.name) ||
        key !== e.name
      )
        kinds.set(key, (kinds.get(key) ?? 0) + (e.dur ?? 0));
    }
    const parts = [...kinds]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([k, v]) => `${k} ${(v / 1000).toFixed(0)}`);
    console.log(
      `  ${((task.ts - t0) / 1000).toFixed(0).padStart(5)} +${(task.dur! / 1000).toFixed(0).padStart(4)}  ${parts.join(' | ')}`,
    );
  }
  for (const m of marks) console.log(`  mark ${((m.ts - t0) / 1000).toFixed(0).padStart(5)}  ${m.name}`);
}
