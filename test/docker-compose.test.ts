import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SUBGRAPH_MANIFESTS } from '@kumkm/gateway';
import { subgraphUrlVariable } from '@kumkm/subgraph-kit';
import { parse } from 'yaml';

const ROOT = path.resolve(__dirname, '..');
const haveCompose = ['/usr/bin/docker-compose', '/usr/local/bin/docker-compose'].some((file) => existsSync(file));
if (!haveCompose && process.env.CI) throw new Error('docker-compose is missing: .ci/run installs Debian\'s docker-compose package');
const describeWithCompose = haveCompose ? describe : describe.skip;
if (!haveCompose) console.warn('docker-compose check skipped: docker-compose is not installed (apt-get install -y docker-compose)');

const PASSWORDS = {
  COOPERATIVES_DB_PASSWORD: 'test-only',
  UMKM_DB_PASSWORD: 'test-only',
  TRAINING_DB_PASSWORD: 'test-only',
  MYSQL_ROOT_PASSWORD: 'test-only',
  REPLICATION_PASSWORD: 'test-only',
  AUTH_JWT_SECRET: 'test-only-test-only-test-only-test-only',
};

interface ComposeService {
  image?: string;
  command?: string[];
  deploy?: { replicas?: number };
  expose?: string[];
  volumes?: string[];
  environment?: Record<string, string>;
  ports?: Array<{ published: number | string; target: number } | string>;
  healthcheck?: { test: string[] | string };
  restart?: string;
  depends_on?: Record<string, { condition: string }>;
}

/** Rows of the README's "Production shape" table: service, port, variables. */
function readmeServices(): Array<{ service: string; port: string; variables: string[] }> {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.split('## Production shape')[1].split('\n## ')[0];
  return section
    .split('\n')
    .filter((line) => /^\| `[\w-]+` \|/.test(line))
    .map((line) => {
      const [service, port, variables] = line.split('|').slice(1, 4).map((cell) => cell.trim());
      return { service: service.replace(/`/g, ''), port, variables: [...variables.matchAll(/`(\w+)`/g)].map((match) => match[1]) };
    });
}

describeWithCompose('docker-compose.yml', () => {
  let services: Record<string, ComposeService>;

  beforeAll(() => {
    // `docker-compose config` parses the file, checks it against the Compose specification and interpolates it.
    const output = execFileSync('docker-compose', ['-f', 'docker-compose.yml', 'config'], {
      cwd: ROOT,
      env: { ...process.env, ...PASSWORDS },
      encoding: 'utf8',
    });
    services = parse(output).services;
  });

  it('refuses to start without the passwords and the token secret (none are committed)', () => {
    for (const missing of Object.keys(PASSWORDS)) {
      const env: NodeJS.ProcessEnv = { ...process.env, ...PASSWORDS };
      delete env[missing];
      expect(() => execFileSync('docker-compose', ['-f', 'docker-compose.yml', 'config'], { cwd: ROOT, env, stdio: 'pipe' })).toThrow();
    }
  });

  it('has every service, port and variable the README names', () => {
    const rows = readmeServices();
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) {
      const service = services[row.service];
      expect(service).toBeDefined();
      if (row.port) expect(service.ports?.some((port) => typeof port !== 'string' && String(port.published) === row.port)).toBe(true);
      for (const variable of row.variables) expect(Object.keys(service.environment ?? {})).toContain(variable);
    }
  });

  it('gives each subgraph its own MySQL 8 database and waits for it to be healthy', () => {
    const subgraphs = Object.entries(services).filter(([, service]) => Object.keys(service.environment ?? {}).some((key) => key.endsWith('_DATABASE_URL')));
    expect(subgraphs.map(([name]) => name).sort()).toEqual(SUBGRAPH_MANIFESTS.map((manifest) => manifest.name).sort());
    const databaseHosts = subgraphs.map(([, service]) => {
      const url = Object.entries(service.environment!).find(([key]) => key.endsWith('_DATABASE_URL'))![1];
      return new URL(url).hostname;
    });
    expect(new Set(databaseHosts).size).toBe(subgraphs.length);
    for (const [index, [, service]] of subgraphs.entries()) {
      expect(services[databaseHosts[index]].image).toMatch(/^mysql:8/);
      expect(service.depends_on?.[databaseHosts[index]]?.condition).toBe('service_healthy');
      expect(service.environment?.SEED).toBe('regional');
    }
  });

  it('runs every graph process in production mode with the token secret', () => {
    for (const name of ['gateway', 'cooperatives', 'umkm', 'training']) {
      expect(services[name].environment).toMatchObject({ NODE_ENV: 'production', AUTH_JWT_SECRET: PASSWORDS.AUTH_JWT_SECRET });
    }
  });

  it('restarts every service that dies', () => {
    for (const [name, service] of Object.entries(services)) expect([name, service.restart]).toEqual([name, 'unless-stopped']);
  });

  it('checks the health of every service', () => {
    for (const [name, service] of Object.entries(services)) expect([name, service.healthcheck?.test]).toEqual([name, expect.anything()]);
  });

  it('points the gateway at every subgraph service', () => {
    const gateway = services.gateway.environment ?? {};
    const subgraphUrls = Object.entries(gateway).filter(([key]) => key.endsWith('_URL') && key !== 'REDIS_URL');
    expect(subgraphUrls.map(([key]) => key).sort()).toEqual(SUBGRAPH_MANIFESTS.map(subgraphUrlVariable).sort());
    for (const [, url] of subgraphUrls) expect(services[new URL(url).hostname]).toBeDefined();
  });

  it("runs each subgraph as its manifest says: entry point, port, and the subgraphs it asks about", () => {
    for (const manifest of SUBGRAPH_MANIFESTS) {
      const service = services[manifest.name];
      expect(service.command).toEqual(['node', manifest.entryPoint]);
      expect(service.expose).toContain(String(manifest.defaultPort));
      for (const owner of Object.values(manifest.asksAbout ?? {})) {
        expect(new URL(service.environment?.[subgraphUrlVariable(owner)] ?? 'http://missing').hostname).toBe(owner.name);
      }
    }
  });

  const hostOf = (url: string | undefined) => new URL(url ?? 'http://missing').hostname;

  it('reads each subgraph from a replica that follows its primary over a GTID binlog', () => {
    for (const manifest of SUBGRAPH_MANIFESTS) {
      const environment = services[manifest.name].environment ?? {};
      const primary = services[hostOf(environment[`${manifest.envPrefix}_DATABASE_URL`])];
      const replicaHost = hostOf(environment[`${manifest.envPrefix}_DATABASE_REPLICA_URLS`]);
      const replica = services[replicaHost];
      expect(replica).toBeDefined();
      for (const server of [primary, replica]) expect(server.command).toEqual(expect.arrayContaining(['--gtid-mode=ON', '--enforce-gtid-consistency=ON']));
      expect(primary.command).toEqual(expect.arrayContaining(['--log-bin=binlog']));
      expect(replica.command).toContain('--read-only=ON');
      const serverId = (server: ComposeService) => server.command?.find((flag) => flag.startsWith('--server-id='));
      expect(serverId(replica)).not.toBe(serverId(primary));
      expect(replica.environment?.SOURCE_HOST).toBe(hostOf(environment[`${manifest.envPrefix}_DATABASE_URL`]));
      expect(replica.volumes?.some((volume) => volume.includes('deploy/mysql/replica:/docker-entrypoint-initdb.d'))).toBe(true);
      expect(primary.volumes?.some((volume) => volume.includes('deploy/mysql/primary:/docker-entrypoint-initdb.d'))).toBe(true);
      expect(services[manifest.name].depends_on?.[replicaHost]?.condition).toBe('service_healthy');
    }
  });

  it('runs two replicas of the gateway and of every subgraph, the gateways behind a balancer on port 4000', () => {
    for (const name of ['gateway', ...SUBGRAPH_MANIFESTS.map((manifest) => manifest.name)]) expect([name, services[name].deploy?.replicas]).toEqual([name, 2]);
    for (const name of ['gateway', ...SUBGRAPH_MANIFESTS.map((manifest) => manifest.name)]) expect([name, services[name].ports]).toEqual([name, undefined]);
    const balancer = services['gateway-balancer'];
    expect(balancer.ports?.some((port) => typeof port !== 'string' && String(port.published) === '4000')).toBe(true);
    const config = readFileSync(path.join(ROOT, 'deploy/haproxy.cfg'), 'utf8');
    expect(config).toMatch(/^\s*server-template \w+ \d+ gateway:4000 check resolvers docker/m);
    expect(config).toMatch(/^\s*option httpchk GET \/health$/m);
  });

  it('shares rate limits, summary invalidations and import jobs through one Redis', () => {
    const sharing = ['gateway', ...SUBGRAPH_MANIFESTS.map((manifest) => manifest.name)];
    const hosts = new Set(sharing.map((name) => hostOf(services[name].environment?.REDIS_URL)));
    expect(hosts.size).toBe(1);
    const [host] = hosts;
    expect(services[host].image).toMatch(/^redis:/);
    for (const name of sharing) expect(services[name].depends_on?.[host]?.condition).toBe('service_healthy');
  });
});
