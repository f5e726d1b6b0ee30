import { runSubgraphMain } from '@kumkm/subgraph-kit';
import { cooperativesSubgraph } from './subgraph';

runSubgraphMain(cooperativesSubgraph);
