import type { Page } from 'playwright-core';

export interface Sample {
  median: number;
  p95: number;
  p99: number;
  max: number;
  n: number;
}

export function summarise(values: number[]): Sample {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted.at(-1)!, n: sorted.length };
}

/** Milliseconds between two performance marks the app sets, after the second one appears. */
export async function measureMarks(page: Page, start: string, end: string): Promise<number> {
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, end, { timeout: 30_000 });
  return page.evaluate(([a, b]) => performance.measure('bench', a, b).duration, [start, end] as const);
}

/** Fills the case index with `count` rows through raw IndexedDB, as sync would after a long absence. */
export async function seedIndex(page: Page, count: number, receivingUnitId = ''): Promise<void> {
  await page.evaluate(
    async ([n, unitId]) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('samverka');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction('cases', 'readwrite');
      const store = tx.objectStore('cases');
      const now = Date.now();
      for (let i = 0; i < n; i++) {
        const hex = i.toString(16).padStart(12, '0');
        store.put({
          id: `00000000-0000-4000-8000-${hex}`,
          profileId: 'goteborgsomradet',
          title: `Riktlinje för samverkan vid in- och utskrivning ${i}`,
          summary: 'Utskrivning skedde utan meddelande till hemsjukvården; läkemedelslistan saknades.',
          status: unitId
            ? (['submitted', 'received', 'investigating', 'answered'] as const)[i % 4]
            : i % 3 === 0
              ? 'draft'
              : 'submitted',
          reporterUnit: 'Hemsjukvården Centrum',
          receivingOrganisation: 'Västra Götalandsregionen',
          receivingUnit: `Avdelning ${i % 40}`,
          receivingUnitId: unitId,
          receivingOrgId: unitId ? 'vgr' : '',
          reporterOrganisation: i % 2 ? 'Göteborgs stad' : 'Partille kommun',
          seenAt: null,
          agreementId: 'vg-utskrivning',
          area: 'utskrivning',
          eventDate: '2026-11-02',
          discoveredDate: '2026-11-03',
          submittedAt: i % 3 === 0 && !unitId ? null : now - i * 1000,
          deadline: i % 3 === 0 && !unitId ? null : `2027-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, '0')}`,
          createdAt: now - i * 1000,
          updatedAt: now - i * 1000,
          // Thousands of cases on a device have come through sync; 'local' rows would be queued for it.
          syncState: 'synced',
        });
      }
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    },
    [count, receivingUnitId] as const,
  );
}

/**
 * Types `count` characters one keystroke at a time and measures, for each, the time from the
 * input event to the moment its IndexedDB write committed (the status line's write state turning "saved").
 */
export async function measureKeystrokeToDisk(page: Page, selector: string, count: number): Promise<number[]> {
  await page.evaluate((sel) => {
    const w = window as unknown as { __lat: number[]; __pending: number | null };
    w.__lat = [];
    w.__pending = null;
    document.querySelector(sel)!.addEventListener('input', () => (w.__pending ??= performance.now()));
    // The status line shows a short write as nothing; its data-write-state follows every write.
    const indicator = document.querySelector('[data-write-state]')!;
    new MutationObserver(() => {
      if (indicator.getAttribute('data-write-state') === 'saved' && w.__pending !== null) {
        w.__lat.push(performance.now() - w.__pending);
        w.__pending = null;
      }
    }).observe(indicator, { attributes: true });
  }, selector);
  const field = page.locator(selector);
  await field.focus();
  for (let i = 0; i < count; i++) {
    await page.keyboard.type(String.fromCharCode(97 + (i % 26)));
    await page.waitForFunction(() => (window as unknown as { __pending: number | null }).__pending === null);
  }
  return page.evaluate(() => (window as unknown as { __lat: number[] }).__lat);
}
