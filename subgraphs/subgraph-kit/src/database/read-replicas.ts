import type { ApolloServerPlugin } from '@apollo/server';
import { createPool, type Pool } from 'mysql2/promise';
import type { DataSource, QueryRunner } from 'typeorm';
import type { Logger } from '../server/logger';
import { isDatabaseUnavailable } from './connection-errors';

/** How long a write waits for the replicas to apply it before it is answered anyway. */
const CATCH_UP_TIMEOUT_SECONDS = 2;

/** Where reads went since start: to a replica, or to the primary because no replica answered. */
export interface ReadCounts {
  replica: number;
  primaryFallback: number;
}

type Flavour = 'mariadb' | 'mysql';

/** Options of TypeORM's `replication`: reads on the replicas, writes (and transactions) on the primary. */
export function replicationOptions(primaryUrl: string, replicaUrls: string[]) {
  return {
    replication: {
      master: { url: primaryUrl },
      slaves: replicaUrls.map((url) => ({ url })),
      // A replica that fails is left out for a few seconds rather than tried on every read.
      removeNodeErrorCount: 1,
      restoreNodeTimeout: 5000,
    },
  };
}

/**
 * MySQL read replicas behind a subgraph (TypeORM's `replication` option), with the two guarantees a
 * user notices:
 * - a read never fails because a replica is away: it goes to the primary instead;
 * - a write is answered only once every replica has applied it (or after a short wait, logged), so
 *   the writer's next query, served by any replica, sees it.
 */
export class ReadReplicas {
  readonly counts: ReadCounts = { replica: 0, primaryFallback: 0 };
  private readonly waiters: Pool[];

  constructor(
    private readonly db: DataSource,
    replicaUrls: string[],
    private readonly flavour: Flavour,
    private readonly logger: Logger,
  ) {
    // One connection per replica, only for the catch-up waits.
    this.waiters = replicaUrls.map((url) => createPool({ uri: url, connectionLimit: 1, connectTimeout: 2000 }));
    this.routeReads();
  }

  /** Waits until every reachable replica has applied what the primary has committed so far. */
  async catchUp(): Promise<void> {
    const position = await this.primaryPosition();
    if (!position) return;
    await Promise.all(this.waiters.map((waiter, index) => this.waitFor(waiter, position, index)));
  }

  async close(): Promise<void> {
    await Promise.all(this.waiters.map((waiter) => waiter.end()));
  }

  private async primaryPosition(): Promise<string | undefined> {
    const variable = this.flavour === 'mariadb' ? '@@global.gtid_binlog_pos' : '@@global.gtid_executed';
    const [row] = (await this.db.query(`SELECT ${variable} AS position`)) as Array<{ position: string | null }>;
    return row?.position || undefined;
  }

  private async waitFor(waiter: Pool, position: string, index: number): Promise<void> {
    // MariaDB: 0 applied, -1 timed out. MySQL: 0 applied, 1 timed out.
    const wait = this.flavour === 'mariadb' ? 'SELECT MASTER_GTID_WAIT(?, ?) AS outcome' : 'SELECT WAIT_FOR_EXECUTED_GTID_SET(?, ?) AS outcome';
    try {
      const [rows] = await waiter.query(wait, [position, CATCH_UP_TIMEOUT_SECONDS]);
      const outcome = Number((rows as Array<{ outcome: number }>)[0]?.outcome);
      if (outcome !== 0) this.logger.warn({ replica: index, position }, 'a read replica did not apply a write in time: the writer may read the old value for a moment');
    } catch (error) {
      // A replica that is away serves no reads either; it catches up before it is used again.
      this.logger.warn({ replica: index, reason: (error as Error).message }, 'a read replica did not answer the catch-up wait');
    }
  }

  /**
   * TypeORM sends SELECTs outside transactions to `obtainSlaveConnection`; a replica that cannot be
   * reached (refused, removed from the pool) or drops the connection mid-read sends the read to the
   * primary, so a replica's outage costs no request.
   */
  private routeReads(): void {
    const driver = this.db.driver as unknown as { obtainSlaveConnection: () => Promise<unknown>; obtainMasterConnection: () => Promise<unknown> };
    const obtainReplica = driver.obtainSlaveConnection.bind(driver);
    driver.obtainSlaveConnection = async () => {
      try {
        const connection = await obtainReplica();
        this.counts.replica += 1;
        return connection;
      } catch {
        this.counts.primaryFallback += 1;
        return driver.obtainMasterConnection();
      }
    };
    const createRunner = this.db.createQueryRunner.bind(this.db);
    this.db.createQueryRunner = (mode = 'master') => {
      const runner = createRunner(mode);
      return mode === 'slave' ? this.retryOnPrimary(runner, createRunner) : runner;
    };
  }

  private retryOnPrimary(runner: QueryRunner, createRunner: DataSource['createQueryRunner']): QueryRunner {
    const query = runner.query.bind(runner);
    runner.query = (async (...args: Parameters<QueryRunner['query']>) => {
      try {
        return await query(...args);
      } catch (error) {
        if (!isDatabaseUnavailable(error)) throw error;
        this.counts.primaryFallback += 1;
        const primary = createRunner('master');
        try {
          return await primary.query(...args);
        } finally {
          await primary.release();
        }
      }
    }) as QueryRunner['query'];
    return runner;
  }
}

/** Answers a mutation only once the replicas have it: the caller's next query may land on any of them. */
export function replicaCatchUpPlugin(replicas: ReadReplicas): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation }) {
          if (operation?.operation === 'mutation') await replicas.catchUp();
        },
      };
    },
  };
}
