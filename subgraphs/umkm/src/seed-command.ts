import { readSubgraphConfig, runSeedCommand } from '@kumkm/subgraph-kit';
import { umkmConfig } from './config';
import { umkmSubgraph } from './subgraph';

void runSeedCommand(umkmSubgraph, readSubgraphConfig(umkmConfig).databaseUrl);
