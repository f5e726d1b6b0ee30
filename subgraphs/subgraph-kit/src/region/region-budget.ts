import { responseTooLarge } from '../errors/graphql-errors';

/** Regions one request may list through `children` (all 514 regencies and their provinces fit). */
export const REGIONS_PER_REQUEST = 1_000;

/**
 * The regions one request has listed so far. `children` is the one list field without paging, and
 * three levels of it reach every village of Indonesia (83,000 regions, each with summaries from
 * every subgraph): the request is refused as soon as it passes the bound, before it is built.
 */
export class RegionBudget {
  private listed = 0;

  constructor(readonly max = REGIONS_PER_REQUEST) {}

  spend(count: number): void {
    this.listed += count;
    if (this.listed <= this.max) return;
    throw responseTooLarge(
      `This request lists more than ${this.max} regions through children. Ask for fewer at a time: one province's regencies, ` +
        `or one regency's districts or villages, each with its summaries (regions(codes: [...]) takes the codes you need).`,
      'regionsPerRequest',
      this.max,
    );
  }
}
