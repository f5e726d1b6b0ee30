import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SUBGRAPH_MANIFESTS } from '@kumkm/gateway';
import { subgraphUrlVariable, subgraphVariables } from '@kumkm/subgraph-kit';

const readme = readFileSync(path.resolve(__dirname, '../README.md'), 'utf8');
const configurationTable = readme.split('## Configuration')[1].split('\n## ')[0];
const documented = new Set([...configurationTable.matchAll(/^\| `(\w+)` \|/gm)].map((match) => match[1]));

describe('README', () => {
  it('documents every variable the processes read', () => {
    const read = new Set([
      ...SUBGRAPH_MANIFESTS.flatMap(subgraphVariables),
      ...SUBGRAPH_MANIFESTS.map(subgraphUrlVariable),
      'GATEWAY_PORT',
      'GATEWAY_HOST',
      'GATEWAY_WORKERS',
      'SUPERGRAPH_PATH',
      'GRAPHIQL_TOKEN',
      'AUTH_JWT_SECRET',
      'AUTH_JWT_PUBLIC_KEY',
      'AUTH_JWT_ALGORITHM',
      'AUTH_JWT_ISSUER',
      'AUTH_JWT_AUDIENCE',
      'NODE_ENV',
      'CORS_ORIGINS',
      'SUBGRAPH_TIMEOUT_MS',
      'BREAKER_RESET_MS',
      'SUBGRAPH_SOCKETS',
      'RATE_LIMIT_PER_MINUTE',
      'GRAPHQL_MAX_DEPTH',
      'GRAPHQL_MAX_ALIASES',
      'GRAPHQL_MAX_DIRECTIVES',
      'GRAPHQL_MAX_TOKENS',
      'GRAPHQL_MAX_COST',
      'MAX_ENTITIES_PER_FETCH',
      'MAX_SUBGRAPH_RESPONSE_BYTES',
      'MAX_RESPONSE_BYTES',
      'SUMMARY_CACHE_TTL_SECONDS',
      'SUMMARY_CACHE_MAX_ENTRIES',
      'TRUSTED_DOCUMENTS',
      'TRUSTED_DOCUMENTS_MANIFESTS',
      'TRUSTED_DOCUMENTS_EXPLORER_ROLES',
      'REDIS_URL',
    ]);
    expect([...read].filter((variable) => !documented.has(variable))).toEqual([]);
  });

  it('gives the two commands a new user needs', () => {
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm test');
  });

  it('names every file a request passes through in the gateway, in the request-flow section', () => {
    const flow = readme.split('### Request flow')[1].split('\n## ')[0];
    const named = [...flow.matchAll(/`((?:gateway|subgraphs)\/[\w/.-]+\.ts)`/g)].map((match) => match[1]);
    expect(named.filter((file) => !existsSync(path.resolve(__dirname, '..', file)))).toEqual([]);
    const steps = ['http', 'operations', 'subgraphs'].flatMap((folder) =>
      readdirSync(path.resolve(__dirname, '../gateway/src', folder))
        .filter((file) => file.endsWith('.ts') && !/\.(test|fixture)\.ts$/.test(file))
        .map((file) => `gateway/src/${folder}/${file}`),
    );
    expect(steps.filter((file) => !named.includes(file))).toEqual([]);
  });

  it('attributes the region data (ODbL)', () => {
    expect(readme).toMatch(/idn-area-data[\s\S]*Open Database License/);
  });
});
