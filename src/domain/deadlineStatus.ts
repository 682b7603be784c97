import { daysBetween, type IsoDate } from './isoDate';

export interface DeadlineStatus {
  /** Days from today to the deadline (0 on the day, negative once passed). */
  daysLeft: number;
  overdue: boolean;
}

/**
 * Where a case stands against its answer deadline. Null when the profile sets none (Stockholm)
 * or the case is already answered: an answered case is not overdue.
 */
export function deadlineStatus(deadline: IsoDate | null, today: IsoDate, answered: boolean): DeadlineStatus | null {
  if (deadline === null || answered) return null;
  const daysLeft = daysBetween(today, deadline);
  return { daysLeft, overdue: daysLeft < 0 };
}
