import path from 'node:path';
import { runGenerateMigrationsCommand } from '@kumkm/subgraph-kit';
import { SUBGRAPH_NAME, umkmDatabase } from './schema';

void runGenerateMigrationsCommand(SUBGRAPH_NAME, umkmDatabase, path.resolve(__dirname, '../src/migrations'));
