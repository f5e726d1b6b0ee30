export { trainingSubgraph as subgraph } from './subgraph';
export { trainingManifest } from './manifest';
export { buildTrainingSchema, trainingDatabase } from './schema';
