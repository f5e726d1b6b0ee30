import { badUserInput } from '../errors/graphql-errors';

/** Today's date in UTC as YYYY-MM-DD, the form DATE columns and the LocalDate scalar use. */
export function todayIso(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function assertNotInFuture(date: string | undefined | null, argument: string): void {
  if (date && date > todayIso()) throw badUserInput(`${argument} (${date}) lies in the future`, { argument });
}

/** A from/to pair where `to` may not come before `from`. */
export function assertDateRange(from: string | undefined | null, to: string | undefined | null, argument: string): void {
  if (from && to && to < from) throw badUserInput(`${argument}: the range ends (${to}) before it starts (${from})`, { argument });
}
