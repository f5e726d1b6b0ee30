export { buildUmkmSchema, SUBGRAPH_NAME, umkmDatabase } from './schema';
export { umkmSubgraph, umkmSubgraph as subgraphDefinition } from './subgraph';
export { umkmConfig, umkmConfig as subgraphConfig } from './config';
