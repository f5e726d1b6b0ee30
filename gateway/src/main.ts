import { readFileSync } from 'node:fs';
import { createLogger, readAuthConfig, stopOnSignals } from '@kumkm/subgraph-kit';
import { readGatewayConfig } from './config';
import { startGateway } from './gateway-server';
import { TrustedDocumentStore } from './http/trusted-documents';
import { RedisLink } from '@kumkm/subgraph-kit';
import { SummaryCache } from './operations/summary-cache';
import { siblingsIfWorker, superviseWorkers, supervisesWorkers } from './workers/gateway-workers';

async function main() {
  const config = readGatewayConfig();
  const logger = createLogger('gateway', config.logLevel);
  if (supervisesWorkers(config.workers)) {
    superviseWorkers(config.workers, logger);
    return;
  }
  const redis = config.redisUrl ? RedisLink.open(config.redisUrl, logger) : undefined;
  const running = await startGateway({
    supergraphSdl: readFileSync(config.supergraphPath, 'utf8'),
    subgraphUrls: config.subgraphUrls,
    port: config.port,
    host: config.host,
    logger,
    auth: readAuthConfig(),
    graphiqlToken: config.graphiqlToken,
    limits: config.limits,
    corsOrigins: config.corsOrigins,
    hideFieldSuggestions: config.hideFieldSuggestions,
    faults: config.faults,
    summaryCache: new SummaryCache(config.summaryCache),
    trustedDocuments: { ...config.trustedDocuments, store: TrustedDocumentStore.load(config.trustedDocuments.manifests) },
    redis,
    siblings: siblingsIfWorker(),
  });
  logger.info({ subgraphs: config.subgraphUrls }, `gateway ready: GraphiQL at ${running.url.replace(/graphql$/, '')}, API at ${running.url}`);
  stopOnSignals(logger, 'gateway', async () => {
    await running.stop();
    await redis?.close();
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
