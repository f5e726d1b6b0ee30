import { createLogger, runSubgraphProcess } from '@kumkm/subgraph-kit';
import { readCooperativesConfig } from './config';
import { cooperativesSubgraph } from './subgraph';

const config = readCooperativesConfig();
void runSubgraphProcess(cooperativesSubgraph, {
  databaseUrl: config.COOPERATIVES_DATABASE_URL,
  port: config.COOPERATIVES_PORT,
  host: config.COOPERATIVES_HOST,
  seed: config.SEED === 'regional',
  logger: createLogger('cooperatives', config.LOG_LEVEL),
});
