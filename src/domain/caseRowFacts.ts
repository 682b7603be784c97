import type { CaseIndexEntry } from './caseIndex';
import { daysBetween, parseIsoDate, type IsoDate } from './isoDate';
import type { RegionProfile } from './regionProfile';

/** Where a case stands against its answer deadline, in whole days, as a list row says it. */
export type DeadlineFacts =
  { kind: 'left'; days: number } | { kind: 'today' } | { kind: 'overdue'; days: number } | { kind: 'none' };

/** Longest row title: the first words of the summary, enough to tell cases apart at a glance. */
export const ROW_TITLE_WORDS = 10;
export const ROW_TITLE_CHARS = 70;

/** Days left (or overdue) until the answer is due; 'none' once answered or without a deadline. */
export function deadlineFacts(row: Pick<CaseIndexEntry, 'deadline' | 'status'>, today: IsoDate): DeadlineFacts {
  const deadline = row.deadline ? parseIsoDate(row.deadline) : null;
  if (!deadline || row.status === 'draft' || row.status === 'answered' || row.status === 'closed') {
    return { kind: 'none' };
  }
  const days = daysBetween(today, deadline);
  if (days > 0) return { kind: 'left', days };
  if (days === 0) return { kind: 'today' };
  return { kind: 'overdue', days: -days };
}

/** The first words of the de-identified summary, cut at a word, with "…" when cut. */
export function rowTitle(summary: string): string {
  const words = summary.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  let title = '';
  for (const [i, word] of words.entries()) {
    const next = title ? `${title} ${word}` : word;
    if (i >= ROW_TITLE_WORDS || next.length > ROW_TITLE_CHARS) {
      return `${(title || word.slice(0, ROW_TITLE_CHARS)).replace(/[,.;:–-]+$/, '')}…`;
    }
    title = next;
  }
  return title;
}

/** The agreement's short name (when the profile gives one), else its name, else the stored title. */
export function agreementLabel(
  row: Pick<CaseIndexEntry, 'agreementId' | 'title'>,
  profile: Pick<RegionProfile, 'agreements'>,
): string {
  const agreement = profile.agreements.find((a) => a.id === row.agreementId) as
    { name: string; shortName?: string } | undefined;
  return agreement?.shortName ?? agreement?.name ?? row.title;
}
