import path from 'node:path';
import { issueToken, readAuthConfig, Role } from '@kumkm/subgraph-kit';
import concurrently from 'concurrently';
import { GATEWAY_NODE_FLAGS, readGatewayConfig, SUBGRAPH_MANIFESTS } from '@kumkm/gateway';

/**
 * `npm start`: every subgraph and the gateway as separate processes on the embedded databases
 * (seeded on first start); prints the GraphiQL address once the graph answers. A process that
 * dies is restarted and the others keep serving. Ctrl-C stops all.
 */
const root = path.resolve(__dirname, '../..');
const RESTART_DELAY_MS = 1000;
const config = readGatewayConfig();
const gatewayBase = `http://127.0.0.1:${config.port}`;

async function announceWhenReady(analystToken: string): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt++) {
    try {
      const response = await fetch(`${gatewayBase}/ready`);
      if (response.ok) {
        console.log(
          `\n  KUMKM graph is ready.\n  GraphiQL: ${gatewayBase}/  (opens with the analyst token below in its Headers tab)\n` +
            `  Rakor:    ${gatewayBase}/dashboard  (the coordination page; signed in with the same token)\n` +
            `  API:      ${gatewayBase}/graphql\n  Analyst token (8 h; npm run token prints others):\n  ${analystToken}\n  Ctrl-C stops every process.\n`,
        );
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  console.error('The graph did not become ready within 2 minutes; see the process logs above.');
}

async function main() {
  // Creates the shared local secret under data/ before any process reads it.
  const analystToken = await issueToken(readAuthConfig(process.env, path.join(root, 'data')), { subject: 'local-analyst', role: Role.ANALYST });
  const { result } = concurrently(
    [
      ...SUBGRAPH_MANIFESTS.map((manifest) => ({ name: manifest.name, command: `exec node ${manifest.entryPoint}` })),
      { name: 'gateway', command: `exec node ${GATEWAY_NODE_FLAGS.join(' ')} gateway/dist/main.js`, env: { GRAPHIQL_TOKEN: analystToken } },
    ],
    // A process that dies is started again a second later, however often, and the others go on
    // serving; concurrently prints "… exited with code …" and "… restarted". Ctrl-C (every
    // process exits 0) stops them all.
    { cwd: root, prefix: 'name', restartTries: -1, restartDelay: RESTART_DELAY_MS, killOthersOn: ['success'] },
  );
  void announceWhenReady(analystToken);
  result.then(
    () => process.exit(0),
    () => process.exit(1),
  );
}

void main();
