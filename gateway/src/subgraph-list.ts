/**
 * The subgraphs of the KUMKM graph: the one list the gateway, composition and the local stack
 * read, so that adding a subgraph is one line here.
 */
export interface SubgraphEntry {
  /** Name in the supergraph (join__Graph). */
  name: string;
  /** Environment variable with the subgraph's GraphQL URL, read by the gateway. */
  urlVariable: string;
  /** Port of the local stack and docker-compose. */
  defaultPort: number;
  /** Workspace package that builds its schema (used by composition only). */
  packageName: string;
  /** The compiled entry point of its process, relative to the repository root. */
  entryPoint: string;
}

export const SUBGRAPHS: SubgraphEntry[] = [
  {
    name: 'cooperatives',
    urlVariable: 'COOPERATIVES_URL',
    defaultPort: 4001,
    packageName: '@kumkm/cooperatives',
    entryPoint: 'subgraphs/cooperatives/dist/main.js',
  },
  {
    name: 'umkm',
    urlVariable: 'UMKM_URL',
    defaultPort: 4002,
    packageName: '@kumkm/umkm',
    entryPoint: 'subgraphs/umkm/dist/main.js',
  },
  {
    name: 'training',
    urlVariable: 'TRAINING_URL',
    defaultPort: 4003,
    packageName: '@kumkm/training',
    entryPoint: 'subgraphs/training/dist/main.js',
  },
];

export function defaultSubgraphUrl(entry: SubgraphEntry): string {
  return `http://127.0.0.1:${entry.defaultPort}/graphql`;
}
