import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { freePortBlock } from '@kumkm/bench/bench-stack';

/**
 * A redis-server of the test's own on a free port, so that it can be stopped, paused and started
 * again without touching the Redis other tests share.
 */
export class TemporaryRedis {
  private child?: ChildProcess;

  private constructor(readonly port: number) {}

  static async start(): Promise<TemporaryRedis> {
    const redis = new TemporaryRedis(await freePortBlock(1));
    await redis.restart();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** Starts the server (again, on the same port) and resolves once it answers PING. */
  async restart(): Promise<void> {
    this.child = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    const deadline = Date.now() + 10_000;
    while (!this.answers()) {
      if (Date.now() > deadline) throw new Error(`redis-server on port ${this.port} did not answer within 10 s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  private answers(): boolean {
    try {
      return execFileSync('redis-cli', ['-p', String(this.port), 'ping'], { encoding: 'utf8', timeout: 1000, stdio: ['ignore', 'pipe', 'ignore'] }).trim() === 'PONG';
    } catch {
      return false;
    }
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  /** Freezes the server (SIGSTOP): connections stay open and nothing answers, as an overloaded Redis. */
  pause(): void {
    this.child?.kill('SIGSTOP');
  }

  resume(): void {
    this.child?.kill('SIGCONT');
  }
}
