export { buildTrainingSchema, SUBGRAPH_NAME, trainingDatabase } from './schema';
export { trainingSubgraph, trainingSubgraph as subgraphDefinition } from './subgraph';
export { trainingConfig } from './config';
