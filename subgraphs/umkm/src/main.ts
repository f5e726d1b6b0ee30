import { runSubgraphMain } from '@kumkm/subgraph-kit';
import { umkmSubgraph } from './subgraph';

runSubgraphMain(umkmSubgraph);
