import path from 'node:path';
import { runGenerateMigrationsCommand } from '@kumkm/subgraph-kit';
import { cooperativesDatabase, SUBGRAPH_NAME } from './schema';

void runGenerateMigrationsCommand(SUBGRAPH_NAME, cooperativesDatabase, path.resolve(__dirname, '../src/migrations'));
