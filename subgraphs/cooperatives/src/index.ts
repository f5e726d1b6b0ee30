export { cooperativesSubgraph } from './subgraph';
export { buildCooperativesSchema, cooperativesDatabase, SUBGRAPH_NAME } from './schema';
export { cooperativesSubgraph as subgraphDefinition } from './subgraph';
export { cooperativesConfig, cooperativesConfig as subgraphConfig } from './config';
