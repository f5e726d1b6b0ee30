import { runSubgraphMain } from '@kumkm/subgraph-kit';
import { trainingConfig } from './config';
import { trainingSubgraph } from './subgraph';

runSubgraphMain(trainingSubgraph, trainingConfig);
