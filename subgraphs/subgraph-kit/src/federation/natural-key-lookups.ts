import type { EntityOwners } from './entity-owners';

/** A query field of an owning subgraph that finds one of its entities by a natural key, e.g. `cooperativeByNik(nik:)`. */
export interface NaturalKeyField {
  typename: string;
  field: string;
  argument: string;
}

/** One natural key to look up, e.g. NIB 8120000000001 by `umkmActorByNib`. */
export interface NaturalKeyLookup {
  by: NaturalKeyField;
  value: string;
}

/** Lookups per request to an owning subgraph: one aliased field each. */
const LOOKUPS_PER_REQUEST = 100;
/** Answers remembered during one import; a province has a few thousand cooperatives. */
const MAX_REMEMBERED = 20_000;

const keyOf = ({ by, value }: NaturalKeyLookup) => `${by.typename}.${by.field}:${value}`;

/**
 * Finds other subgraphs' entities by their natural keys (NIB, NIK koperasi…) for a whole batch of
 * sheet rows in a few requests to their owners, asked with the importing user's token. Answers are
 * remembered for the rest of the import, so a file naming the same cooperative on every row asks once.
 */
export class NaturalKeyLookups {
  private readonly known = new Map<string, string | null>();

  constructor(private readonly owners: EntityOwners) {}

  /** The id each lookup finds, or null when no entity has that key; read it with `idOf`. */
  async resolve(lookups: readonly NaturalKeyLookup[]): Promise<Map<string, string | null>> {
    const found = new Map<string, string | null>();
    const missing: NaturalKeyLookup[] = [];
    for (const lookup of new Map(lookups.map((lookup) => [keyOf(lookup), lookup])).values()) {
      const known = this.known.get(keyOf(lookup));
      if (known === undefined) missing.push(lookup);
      else found.set(keyOf(lookup), known);
    }
    for (const typename of new Set(missing.map(({ by }) => by.typename))) {
      const ofType = missing.filter(({ by }) => by.typename === typename);
      for (let start = 0; start < ofType.length; start += LOOKUPS_PER_REQUEST) await this.lookUp(typename, ofType.slice(start, start + LOOKUPS_PER_REQUEST), found);
    }
    return found;
  }

  idOf(found: ReadonlyMap<string, string | null>, lookup: NaturalKeyLookup): string | null {
    return found.get(keyOf(lookup)) ?? null;
  }

  private async lookUp(typename: string, lookups: readonly NaturalKeyLookup[], found: Map<string, string | null>): Promise<void> {
    const variables: Record<string, string> = {};
    const fields = lookups.map(({ by, value }, index) => {
      variables[`v${index}`] = value;
      return `e${index}: ${by.field}(${by.argument}: $v${index}) { id }`;
    });
    const query = `query(${lookups.map((_, index) => `$v${index}: String!`).join(', ')}) { ${fields.join(' ')} }`;
    const data = await this.owners.ask<Record<string, { id: string } | null>>(typename, query, variables);
    if (this.known.size + lookups.length > MAX_REMEMBERED) this.known.clear();
    lookups.forEach((lookup, index) => {
      const id = data[`e${index}`]?.id ?? null;
      this.known.set(keyOf(lookup), id);
      found.set(keyOf(lookup), id);
    });
  }
}
