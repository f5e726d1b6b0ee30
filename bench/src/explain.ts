import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createLogger, issueToken, launchSubgraph, readSubgraphConfig, Role, type AuthConfig, type RunningSubgraph } from '@kumkm/subgraph-kit';
import type { Logger as SqlLogger } from 'typeorm';
import { selectedSubgraphs } from '@kumkm/commands/subgraph-packages';
import { startGateway, SummaryCache } from '@kumkm/gateway';
import { postQuery, ROOT } from './bench-stack';
import { QUERY_MIX, SUPPLIER_SEARCHES } from './query-mix';

/**
 * `npm run explain`: runs each query of the benchmark mix (and one supplier search of each shape) once through the graph on the configured
 * databases (MySQL: COOPERATIVES_DATABASE_URL etc.), records every SQL statement the subgraphs send,
 * and prints the database's plan (EXPLAIN) for each, as Markdown for bench/RESULTS.md.
 */
class StatementRecorder implements SqlLogger {
  statements: Array<{ query: string; parameters: unknown[] }> = [];
  logQuery(query: string, parameters?: unknown[]): void {
    if (!/^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SELECT VERSION|SELECT 1)/i.test(query.trim())) this.statements.push({ query, parameters: parameters ?? [] });
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

/** The plan as a Markdown table: MySQL/MariaDB's EXPLAIN, or SQLite's EXPLAIN QUERY PLAN. */
async function planOf(subgraph: RunningSubgraph, statement: { query: string; parameters: unknown[] }): Promise<string> {
  if (subgraph.db.options.type === 'better-sqlite3') {
    const plan = (await subgraph.db.query(`EXPLAIN QUERY PLAN ${statement.query}`, statement.parameters)) as Array<{ detail: string }>;
    return ['  | plan |', '  |---|', ...plan.map((row) => `  | ${row.detail} |`), ''].join('\n');
  }
  const plan = (await subgraph.db.query(`EXPLAIN ${statement.query}`, statement.parameters)) as Array<Record<string, unknown>>;
  const rows = plan.map((row) => `  | ${row.table ?? ''} | ${row.type ?? ''} | ${row.key ?? ''} | ${row.rows ?? ''} | ${row.Extra ?? ''} |`);
  return ['  | table | type | key | rows | Extra |', '  |---|---|---|---|---|', ...rows, ''].join('\n');
}

const oneLine = (sql: string) => sql.replace(/\s+/g, ' ').trim();

async function main() {
  const auth: AuthConfig = { secret: randomBytes(32).toString('hex'), issuer: 'kumkm-graph', audience: 'kumkm-graph', publicKeyAlgorithm: 'RS256' };
  const logger = createLogger('explain', 'warn');
  const running: Array<{ name: string; subgraph: RunningSubgraph; recorder: StatementRecorder }> = [];
  try {
    // Shared, not copied: the subgraphs ask one another both ways, so each finds those started after it.
    const entityOwnerUrls: Record<string, string> = {};
    for (const entry of selectedSubgraphs([])) {
      const recorder = new StatementRecorder();
      const databaseUrl = readSubgraphConfig(entry.manifest).databaseUrl;
      const subgraph = await launchSubgraph(entry.definition, { databaseUrl, port: 0, seed: false, logger, sqlLogger: recorder, auth, entityOwnerUrls });
      for (const typename of entry.manifest.ownedEntities) entityOwnerUrls[typename] = subgraph.url;
      running.push({ name: entry.manifest.name, subgraph, recorder });
    }
    const gateway = await startGateway({
      supergraphSdl: readFileSync(path.join(ROOT, 'schema/supergraph.graphql'), 'utf8'),
      subgraphUrls: Object.fromEntries(running.map((part) => [part.name, part.subgraph.url])),
      port: 0,
      logger,
      auth,
      summaryCache: new SummaryCache({ ttlSeconds: 0, maxEntries: 1 }),
    });
    const token = await issueToken(auth, { subject: 'explain', role: Role.ANALYST });
    console.log(`# Query plans of the benchmark mix\n\nDatabases: ${running.map((part) => `${part.name} ${part.subgraph.db.options.type}`).join(', ')}. Command: \`npm run explain\`.\n`);
    for (const query of [...QUERY_MIX, ...SUPPLIER_SEARCHES]) {
      for (const part of running) part.recorder.statements = [];
      const answer = await postQuery(gateway.url, token, query);
      const body = (await answer.json()) as { errors?: unknown };
      console.log(`## ${query.name}${body.errors ? ' (answered with errors!)' : ''}\n`);
      for (const part of running) {
        // Taken before explaining: the EXPLAIN statements are recorded too.
        const statements = part.recorder.statements;
        part.recorder.statements = [];
        for (const statement of statements) {
          console.log(`- ${part.name}: \`${oneLine(statement.query).slice(0, 400)}\`\n`);
          console.log(await planOf(part.subgraph, statement));
        }
      }
    }
    await gateway.stop();
  } finally {
    for (const part of running) await part.subgraph.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
