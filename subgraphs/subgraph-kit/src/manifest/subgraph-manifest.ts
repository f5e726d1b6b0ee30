/**
 * What the rest of the workspace knows about one subgraph: the gateway, the commands (launcher,
 * compose, seed, migrations), docker-compose checks, the bench and the tests all read these, and
 * every default URL is derived from them here.
 */
export interface SubgraphManifest {
  /** Name in the supergraph (join__Graph), also the embedded database's file name. */
  name: string;
  /** Prefix of its variables: `UMKM` reads UMKM_PORT, UMKM_HOST, UMKM_DATABASE_URL; others reach it at UMKM_URL. */
  envPrefix: string;
  /** Port of the local stack and docker-compose. */
  defaultPort: number;
  /** Workspace package whose main export is the subgraph's definition (`subgraph`). */
  packageName: string;
  /** The compiled entry point of its process, relative to the repository root. */
  entryPoint: string;
  /** The kinds of spreadsheet import it runs (its definition's `importKinds`), which the gateway forwards uploads of. */
  importKinds?: string[];
  /** Entity types this subgraph owns (defines with @key and resolves references of). */
  ownedEntities: string[];
  /** Entity types owned elsewhere that this subgraph asks about (`_entities` or internal fields), with where their owner is reached. */
  asksAbout?: Record<string, SubgraphAddress>;
}

/** Where a subgraph is reached: what another subgraph needs to ask it something. */
export type SubgraphAddress = Pick<SubgraphManifest, 'name' | 'envPrefix' | 'defaultPort'>;

/**
 * Where each subgraph of this graph is reached when nothing says otherwise. Kept below every
 * subgraph package because they ask one another (umkm asks training which suppliers were trained,
 * training asks umkm whether a participant exists), and a package cannot depend on one that depends
 * on it.
 */
export const GRAPH_ADDRESSES = {
  cooperatives: { name: 'cooperatives', envPrefix: 'COOPERATIVES', defaultPort: 4001 },
  umkm: { name: 'umkm', envPrefix: 'UMKM', defaultPort: 4002 },
  training: { name: 'training', envPrefix: 'TRAINING', defaultPort: 4003 },
} as const satisfies Record<string, SubgraphAddress>;

/** The variable naming where a subgraph's GraphQL endpoint is reached, e.g. UMKM_URL. */
export function subgraphUrlVariable(manifest: SubgraphAddress): string {
  return `${manifest.envPrefix}_URL`;
}

/** Where a subgraph listens locally when nothing says otherwise. */
export function defaultSubgraphUrl(manifest: SubgraphAddress): string {
  return `http://127.0.0.1:${manifest.defaultPort}/graphql`;
}
