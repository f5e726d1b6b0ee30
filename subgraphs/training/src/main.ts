import { runSubgraphMain } from '@kumkm/subgraph-kit';
import { trainingSubgraph } from './subgraph';

runSubgraphMain(trainingSubgraph);
