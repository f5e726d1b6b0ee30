import type { Cooperative } from './cooperative.entity';

/**
 * Whether a cooperative held its annual members' meeting (RAT) for the last closed fiscal year
 * (asOfYear − 1), or was founded too late to owe one. The Rakor summary's `withoutRecentRat`
 * counts the cooperatives for which this is false, in SQL (region/cooperative-summary.resolver.ts).
 */
export function isRatCompliant(cooperative: Pick<Cooperative, 'lastAnnualMeetingYear' | 'establishedOn'>, asOfYear: number): boolean {
  if (cooperative.lastAnnualMeetingYear !== null && cooperative.lastAnnualMeetingYear >= asOfYear - 1) return true;
  return cooperative.establishedOn !== null && cooperative.establishedOn >= `${asOfYear - 1}-01-01`;
}
