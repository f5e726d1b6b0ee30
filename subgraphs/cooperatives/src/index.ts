export { cooperativesSubgraph as subgraph } from './subgraph';
export { cooperativesManifest } from './manifest';
export { buildCooperativesSchema, cooperativesDatabase } from './schema';
