import { readSubgraphConfig, runSeedCommand } from '@kumkm/subgraph-kit';
import { cooperativesConfig } from './config';
import { cooperativesSubgraph } from './subgraph';

void runSeedCommand(cooperativesSubgraph, readSubgraphConfig(cooperativesConfig).databaseUrl);
