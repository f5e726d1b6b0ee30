import { runSubgraphMain } from '@kumkm/subgraph-kit';
import { cooperativesConfig } from './config';
import { cooperativesSubgraph } from './subgraph';

runSubgraphMain(cooperativesSubgraph, cooperativesConfig);
