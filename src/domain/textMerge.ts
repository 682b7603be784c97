import type { TextSplice } from './textDiff';

/**
 * Three-way merge of a field's text, for releasing an edit that was held on this device while
 * the shared text moved on. Both changes are read as edits of the same base: which base
 * characters each side deleted, and what each side inserted in each gap between them. The
 * result keeps every character either side inserted, exactly once, and drops every base
 * character either side deleted.
 */

/** How one side changed the base: per base character, deleted or not; per gap (0..length), what it inserted there. */
interface Alignment {
  readonly deleted: readonly boolean[];
  readonly inserted: readonly string[];
}

/** Beyond this many differing characters the diff gives up on being minimal (bounded work). */
const MAX_DISTANCE = 1_000;

/** Aligns `after` to `base` by a shortest edit script (Myers), after trimming common ends. */
function align(base: string, after: string): Alignment {
  const deleted = new Array<boolean>(base.length).fill(false);
  const inserted = new Array<string>(base.length + 1).fill('');
  let start = 0;
  while (start < base.length && start < after.length && base[start] === after[start]) start++;
  let endB = base.length;
  let endA = after.length;
  while (endB > start && endA > start && base[endB - 1] === after[endA - 1]) {
    endB--;
    endA--;
  }
  const path = shortestPath(base.slice(start, endB), after.slice(start, endA));
  let i = start;
  let j = start;
  for (const step of path) {
    if (step === 'eq') {
      i++;
      j++;
    } else if (step === 'del') deleted[i++] = true;
    else inserted[i] = `${inserted[i]}${after[j++]}`;
  }
  return { deleted, inserted };
}

type Step = 'eq' | 'del' | 'ins';

/** Myers' O(ND) shortest edit script from `a` to `b`; one coarse replace if they differ too much. */
function shortestPath(a: string, b: string): Step[] {
  const n = a.length;
  const m = b.length;
  const coarse = (): Step[] => [...Array<Step>(n).fill('del'), ...Array<Step>(m).fill('ins')];
  if (n === 0 || m === 0) return coarse();
  const max = Math.min(n + m, MAX_DISTANCE);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    // Only the diagonals this round can read (-d-1..d+1): memory grows with d², not d·(n+m).
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!);
      let x = down ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, n, m, d);
    }
  }
  return coarse();
}

/** Walks the saved frontiers back from (n, m) to (0, 0), collecting the steps. */
function backtrack(trace: Int32Array[], n: number, m: number, distance: number): Step[] {
  const steps: Step[] = [];
  let x = n;
  let y = m;
  for (let d = distance; d > 0; d--) {
    const v = trace[d]!;
    const at = (k: number) => v[k + d + 1]!;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    for (; x > prevX && y > prevY; x--, y--) steps.push('eq');
    steps.push(down ? 'ins' : 'del');
    if (down) y--;
    else x--;
  }
  for (; x > 0 && y > 0; x--, y--) steps.push('eq');
  return steps.reverse();
}

/**
 * The splices that carry this device's edit (`base` → `held`) into the shared text as it is now
 * (`current`, which was `base` plus others' edits), in ascending order and not overlapping,
 * indexed against `current`. Where both sides inserted in the same place, theirs comes first.
 */
export function releaseSplices(base: string, held: string, current: string): TextSplice[] {
  const mine = align(base, held);
  const theirs = align(base, current);
  const out: TextSplice[] = [];
  const push = (index: number, deleteCount: number, insert: string) => {
    const last = out.at(-1);
    if (last && last.index + last.deleteCount === index)
      out[out.length - 1] = {
        index: last.index,
        deleteCount: last.deleteCount + deleteCount,
        insert: last.insert + insert,
      };
    else out.push({ index, deleteCount, insert });
  };
  let at = 0;
  for (let gap = 0; gap <= base.length; gap++) {
    at += theirs.inserted[gap]!.length;
    if (mine.inserted[gap]) push(at, 0, mine.inserted[gap]!);
    if (gap === base.length || theirs.deleted[gap]) continue;
    if (mine.deleted[gap]) push(at, 1, '');
    at++;
  }
  return out;
}

/** Applies ascending, non-overlapping splices (from the last to the first, so indices hold). */
export function applySplices(text: string, splices: readonly TextSplice[]): string {
  let result = text;
  for (let i = splices.length - 1; i >= 0; i--) {
    const s = splices[i]!;
    result = result.slice(0, s.index) + s.insert + result.slice(s.index + s.deleteCount);
  }
  return result;
}

/** The held text carried onto the shared text as it is now: both sides' edits, none lost. */
export function mergeText(base: string, held: string, current: string): string {
  return applySplices(current, releaseSplices(base, held, current));
}
