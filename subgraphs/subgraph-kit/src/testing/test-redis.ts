import { execFileSync } from 'node:child_process';
import { RedisLink } from '../shared-state/redis-link';
import { createLogger } from '../server/logger';

/** The Redis the shared-state tests use (.ci/run starts one on 127.0.0.1:6379). */
export const REDIS_TEST_URL = process.env.REDIS_TEST_URL ?? 'redis://127.0.0.1:6379';

function redisAnswers(): boolean {
  try {
    return execFileSync('redis-cli', ['-u', REDIS_TEST_URL, 'ping'], { encoding: 'utf8', timeout: 2000 }).trim() === 'PONG';
  } catch {
    return false;
  }
}

/** `describe` when Redis answers; in CI its absence is an error, elsewhere the suite is skipped with a warning. */
export function describeWithRedis(what: string): jest.Describe {
  const present = redisAnswers();
  if (!present && process.env.CI) throw new Error(`No Redis at ${REDIS_TEST_URL}: .ci/run starts one`);
  if (!present) console.warn(`${what} skipped: no Redis at ${REDIS_TEST_URL}`);
  return present ? describe : describe.skip;
}

/** A link as a replica has it, once connected; `url` may point where no Redis listens, to see the fallbacks. */
export async function openTestRedisLink(url = REDIS_TEST_URL): Promise<RedisLink> {
  const link = RedisLink.open(url, createLogger('test', 'silent'));
  if (url === REDIS_TEST_URL) await new Promise<void>((resolve) => (link.up ? resolve() : link.commands.once('ready', () => resolve())));
  return link;
}
