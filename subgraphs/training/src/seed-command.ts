import { readSubgraphConfig, runSeedCommand } from '@kumkm/subgraph-kit';
import { trainingConfig } from './config';
import { trainingSubgraph } from './subgraph';

void runSeedCommand(trainingSubgraph, readSubgraphConfig(trainingConfig).databaseUrl);
