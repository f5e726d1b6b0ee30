import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createConnection } from 'mysql2/promise';

export const MARIADBD = '/usr/sbin/mariadbd';
export const haveMariadb = existsSync(MARIADBD) && existsSync('/usr/bin/mariadb-install-db');

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** How a temporary server takes part in replication. */
export interface ReplicationRole {
  serverId: number;
  binlog: boolean;
}

/**
 * A MariaDB server of the test's own (own data directory, own port), so a test can stop and
 * restart it without touching the server other tests use. `--no-defaults` keeps the machine's
 * my.cnf out of it.
 */
export class TemporaryMariaDb {
  private process?: ChildProcess;

  private constructor(
    readonly dir: string,
    readonly port: number,
    private readonly replication: ReplicationRole,
  ) {}

  /** `replication`: a primary writes a binlog; a replica gets a server id of its own too. */
  static async create(replication: ReplicationRole = { serverId: 1, binlog: false }): Promise<TemporaryMariaDb> {
    const dir = mkdtempSync(path.join(tmpdir(), 'kumkm-mariadb-'));
    const install = spawnSync('mariadb-install-db', ['--no-defaults', `--datadir=${dir}/data`, '--user=root', '--auth-root-authentication-method=normal', '--skip-test-db'], {
      encoding: 'utf8',
    });
    if (install.status !== 0) throw new Error(`mariadb-install-db failed: ${install.stderr}`);
    const server = new TemporaryMariaDb(dir, await freePort(), replication);
    await server.start();
    return server;
  }

  get url(): string {
    return `mysql://root@127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.process = spawn(
      MARIADBD,
      ['--no-defaults', `--datadir=${this.dir}/data`, '--user=root', `--port=${this.port}`, '--bind-address=127.0.0.1', `--socket=${this.dir}/sock`, ...this.replicationFlags(), '--innodb-buffer-pool-size=32M'],
      { stdio: 'ignore' },
    );
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      try {
        const connection = await createConnection(this.url);
        await connection.end();
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
    throw new Error('temporary MariaDB did not start');
  }

  private replicationFlags(): string[] {
    const { serverId, binlog } = this.replication;
    return [`--server-id=${serverId}`, binlog ? `--log-bin=${this.dir}/binlog` : '--skip-log-bin'];
  }

  /** Makes this server a replica of `primary` over its binlog (GTID), from the binlog's start. */
  async replicate(primary: TemporaryMariaDb): Promise<void> {
    const connection = await createConnection(this.url);
    try {
      await connection.query(`CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=${primary.port}, MASTER_USER='root', MASTER_USE_GTID=slave_pos, MASTER_CONNECT_RETRY=1`);
      await connection.query('START SLAVE');
    } finally {
      await connection.end();
    }
  }

  /** A clean shutdown (SIGTERM), as an operator's restart would do. */
  async stop(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  }

  async destroy(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
