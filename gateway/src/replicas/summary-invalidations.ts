import type { Logger } from '@kumkm/subgraph-kit';
import type { SummaryCache } from '../operations/summary-cache';
import type { RedisLink } from '@kumkm/subgraph-kit';

export const INVALIDATION_CHANNEL = 'kumkm:summaries:invalidate';

/**
 * Summary invalidations shared by every gateway replica: a write through one replica (or an import
 * that told one of them) empties every replica's summary cache, over Redis pub/sub. While Redis is
 * away a peer's cache keeps its entries until their time to live ends.
 */
export function shareSummaryInvalidations(link: RedisLink, logger: Logger): { publish: () => void; subscribe: (cache: SummaryCache) => Promise<void> } {
  return {
    publish: () => {
      link.commands.publish(INVALIDATION_CHANNEL, link.origin).catch((error: Error) => logger.warn({ reason: error.message }, 'summary invalidation not shared: peers keep their cache until its time to live'));
    },
    subscribe: async (cache) => {
      link.subscriber.on('message', (channel: string, origin: string) => {
        if (channel === INVALIDATION_CHANNEL && origin !== link.origin) cache.clear();
      });
      // Queued until the connection is up; ioredis subscribes again by itself after a reconnect.
      await link.subscriber.subscribe(INVALIDATION_CHANNEL);
    },
  };
}
