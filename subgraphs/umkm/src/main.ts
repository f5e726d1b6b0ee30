import { runSubgraphMain } from '@kumkm/subgraph-kit';
import { umkmConfig } from './config';
import { umkmSubgraph } from './subgraph';

runSubgraphMain(umkmSubgraph, umkmConfig);
