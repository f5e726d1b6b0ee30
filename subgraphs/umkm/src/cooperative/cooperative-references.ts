import type { EntityOwners } from '@kumkm/subgraph-kit';

/** How a sheet names a member's cooperative: its NIK koperasi, or its legal entity number. */
export interface CooperativeReference {
  nik?: string;
  legalEntityNumber?: string;
}

/** Lookups per request to the cooperatives subgraph: one aliased field each. */
const LOOKUPS_PER_REQUEST = 100;
/** Cooperatives remembered during one import; a province has a few thousand. */
const MAX_REMEMBERED = 20_000;

const describe = (reference: CooperativeReference) => (reference.nik ? `NIK ${reference.nik}` : `legal entity number ${reference.legalEntityNumber}`);
const keyOf = (reference: CooperativeReference) => (reference.nik ? `nik:${reference.nik}` : `legal:${reference.legalEntityNumber}`);

/**
 * Finds cooperatives by their natural keys in the cooperatives subgraph, which owns them, for a
 * whole batch of sheet rows in a few requests. Answers are remembered for the rest of the import.
 */
export class CooperativeReferences {
  private readonly known = new Map<string, string | null>();

  constructor(private readonly owners: EntityOwners) {}

  /** The id of each referenced cooperative, or null when none has that NIK or number. */
  async resolve(references: readonly CooperativeReference[]): Promise<Map<string, string | null>> {
    const missing = [...new Map(references.map((reference) => [keyOf(reference), reference])).values()].filter((reference) => !this.known.has(keyOf(reference)));
    for (let start = 0; start < missing.length; start += LOOKUPS_PER_REQUEST) await this.lookUp(missing.slice(start, start + LOOKUPS_PER_REQUEST));
    return new Map(references.map((reference) => [keyOf(reference), this.known.get(keyOf(reference)) ?? null]));
  }

  idOf(found: Map<string, string | null>, reference: CooperativeReference): string | null {
    return found.get(keyOf(reference)) ?? null;
  }

  describe = describe;

  private async lookUp(references: readonly CooperativeReference[]): Promise<void> {
    const variables: Record<string, string> = {};
    const fields = references.map((reference, index) => {
      variables[`v${index}`] = (reference.nik ?? reference.legalEntityNumber)!;
      return reference.nik ? `c${index}: cooperativeByNik(nik: $v${index}) { id }` : `c${index}: cooperativeByLegalEntityNumber(legalEntityNumber: $v${index}) { id }`;
    });
    const query = `query(${references.map((_, index) => `$v${index}: String!`).join(', ')}) { ${fields.join(' ')} }`;
    const data = await this.owners.ask<Record<string, { id: string } | null>>('Cooperative', query, variables);
    if (this.known.size + references.length > MAX_REMEMBERED) this.known.clear();
    references.forEach((reference, index) => this.known.set(keyOf(reference), data[`c${index}`]?.id ?? null));
  }
}
