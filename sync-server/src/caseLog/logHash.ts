import { createHash } from 'node:crypto';

/** JSON with keys in sorted order, so the same entry always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** One row's entry: what was logged, of which kind, for which case. */
export function logEntryJson(caseId: string, kind: string, value: object): string {
  return canonicalJson({ caseId, kind, ...value });
}

/** A row's hash: SHA-256 over the previous row's hash and this row's entry. */
export function chainHash(prevHash: string, entry: string): string {
  return createHash('sha256').update(prevHash).update('\n').update(entry).digest('hex');
}

export interface ChainBreak {
  caseId: string;
  seq: number;
  problem: 'hash' | 'link' | 'gap';
}

/** Every break in a case's chain (rows in seq order): a changed entry, a broken link, a missing row. */
export function verifyChain(
  rows: readonly { caseId: string; seq: number; entry: string; prevHash: string; hash: string }[],
): ChainBreak[] {
  const breaks: ChainBreak[] = [];
  let previous: { caseId: string; seq: number; hash: string } | null = null;
  for (const row of rows) {
    const sameCase = previous?.caseId === row.caseId;
    const expectedSeq = sameCase ? previous!.seq + 1 : 1;
    const expectedPrev = sameCase ? previous!.hash : '';
    if (row.seq !== expectedSeq) breaks.push({ caseId: row.caseId, seq: row.seq, problem: 'gap' });
    else if (row.prevHash !== expectedPrev) breaks.push({ caseId: row.caseId, seq: row.seq, problem: 'link' });
    if (chainHash(row.prevHash, row.entry) !== row.hash)
      breaks.push({ caseId: row.caseId, seq: row.seq, problem: 'hash' });
    previous = row;
  }
  return breaks;
}
