/** One line of the bench's table: a budget, its limit, what was measured, and whether it holds. */
export interface Row {
  budget: string;
  limit: string;
  measured: string;
  ok: boolean;
}

/** Prints the rows as one markdown table. */
export function printTable(rows: Row[]): void {
  const width = (key: keyof Row) => Math.max(key.length, ...rows.map((r) => String(r[key]).length));
  const [wb, wl, wm] = [width('budget'), width('limit'), width('measured')];
  console.log(`| ${'budget'.padEnd(wb)} | ${'limit'.padEnd(wl)} | ${'measured'.padEnd(wm)} | ok |`);
  console.log(`|${'-'.repeat(wb + 2)}|${'-'.repeat(wl + 2)}|${'-'.repeat(wm + 2)}|----|`);
  for (const r of rows)
    console.log(
      `| ${r.budget.padEnd(wb)} | ${r.limit.padEnd(wl)} | ${r.measured.padEnd(wm)} | ${r.ok ? 'ja' : 'NEJ'} |`,
    );
}

/** A measurement that threw (e.g. a broken merge) still gets its row, marked failed, so the table prints. */
export const failedRow =
  (budget: string) =>
  (error: unknown): Row => ({
    budget,
    limit: '–',
    measured: `failed: ${error instanceof Error ? error.message : String(error)}`,
    ok: false,
  });
