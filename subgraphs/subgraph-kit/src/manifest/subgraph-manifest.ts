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
  /** Entity types owned elsewhere that this subgraph asks about (`_entities`), with their owner. */
  asksAbout?: Record<string, SubgraphManifest>;
}

/** The variable naming where a subgraph's GraphQL endpoint is reached, e.g. UMKM_URL. */
export function subgraphUrlVariable(manifest: SubgraphManifest): string {
  return `${manifest.envPrefix}_URL`;
}

/** Where a subgraph listens locally when nothing says otherwise. */
export function defaultSubgraphUrl(manifest: SubgraphManifest): string {
  return `http://127.0.0.1:${manifest.defaultPort}/graphql`;
}
