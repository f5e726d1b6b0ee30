import path from 'node:path';
import { runGenerateMigrationsCommand } from '@kumkm/subgraph-kit';
import { SUBGRAPH_NAME, trainingDatabase } from './schema';

void runGenerateMigrationsCommand(SUBGRAPH_NAME, trainingDatabase, path.resolve(__dirname, '../src/migrations'));
