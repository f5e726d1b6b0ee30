export { buildTrainingSchema, SUBGRAPH_NAME, trainingDatabase } from './schema';
export { trainingSubgraph, trainingSubgraph as subgraphDefinition } from './subgraph';
export { trainingConfig, trainingConfig as subgraphConfig } from './config';
