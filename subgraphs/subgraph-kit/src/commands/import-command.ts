import { userInfo } from 'node:os';
import path from 'node:path';
import { MultiBar, Presets } from 'cli-progress';
import { readAuthConfig } from '../auth/auth-config';
import { issueToken, tokenVerifier } from '../auth/tokens';
import { Role, type Viewer } from '../auth/viewer';
import { readImportConfig } from '../config/import-config';
import { openDatabase } from '../database/open-database';
import { EntityOwners, type EntityOwnerUrls } from '../federation/entity-owners';
import { sheetExtension } from '../import-jobs/import-job-store';
import { writeImportTemplate } from '../import/import-template';
import { runImport, type ImportMode, type ImportOutcome, type ImportProgress } from '../import/run-import';
import { invalidateGatewaySummaries } from '../import/summary-invalidation';
import { RegionDirectory } from '../region/region-directory';
import type { SubgraphDefinition } from '../server/launch-subgraph';

export interface ImportCommandTarget {
  definition: SubgraphDefinition;
  databaseUrl: string;
  entityOwnerUrls: EntityOwnerUrls;
}

export interface ImportCommandOptions {
  kind: string;
  file: string;
  mode: ImportMode;
  office?: string;
  region?: string;
  sheet?: string;
  /** A bearer token: the import then acts as its user, with its role and region. */
  token?: string;
  errorsFile?: string;
}

/** Issues printed after the summary; the errors file has them all. */
const PRINTED_ISSUES = 20;

/**
 * Without a token, whoever can run this command on the server can already write the databases:
 * it acts as an ADMIN named after the operating-system user.
 */
async function commandViewer(token: string | undefined): Promise<Viewer> {
  if (token) return tokenVerifier(readAuthConfig())(`Bearer ${token}`);
  return { subject: `command-line:${userInfo().username}`, role: Role.ADMIN };
}

function officeOf(regionCode: string): string {
  const region = RegionDirectory.load().find(regionCode);
  return `Dinas Koperasi dan UKM ${region?.name ?? regionCode}`;
}

/** A bar per phase, each shown from its first progress: a file refused before any row shows none. */
function progressBars() {
  const bars = new MultiBar({ format: ' {phase} |{bar}| {value}/{total} rows', hideCursor: true, noTTYOutput: true, notTTYSchedule: 5_000 }, Presets.shades_classic);
  const phases = new Map<ImportProgress['phase'], ReturnType<MultiBar['create']>>();
  return {
    update({ phase, rows, total }: ImportProgress) {
      if (!phases.has(phase)) phases.set(phase, bars.create(total ?? rows, 0, { phase: phase.padEnd(10) }));
      const bar = phases.get(phase)!;
      // Validation does not know the file's length in rows: its bar grows with it.
      bar.setTotal(total ?? rows);
      bar.update(rows);
    },
    stop: () => bars.stop(),
  };
}

/** `npm run import -- <kind> --template FILE`: the kind's blank template, CSV or XLSX by the file's extension. */
export async function writeTemplateFromCommandLine(targets: ImportCommandTarget[], kind: string, file: string): Promise<void> {
  const target = targetOf(targets, kind);
  const { columns, example } = target.definition.importKinds[kind];
  await writeImportTemplate(file, columns, example);
  console.log(`wrote the ${kind} template to ${file}`);
}

function targetOf(targets: ImportCommandTarget[], kind: string): ImportCommandTarget {
  const target = targets.find(({ definition }) => kind in definition.importKinds);
  if (!target) throw new Error(`Unknown kind of import "${kind}"; one of ${targets.flatMap(({ definition }) => Object.keys(definition.importKinds)).join(', ')}`);
  return target;
}

/**
 * `npm run import -- <kind> <file>`: validates the file, and unless it is a dry run writes its
 * valid rows into the owning subgraph's database, showing progress and ending with a summary.
 */
export async function importFromCommandLine(targets: ImportCommandTarget[], options: ImportCommandOptions): Promise<ImportOutcome> {
  const target = targetOf(targets, options.kind);
  const viewer = await commandViewer(options.token);
  const regionCode = options.region ?? viewer.region;
  if (!regionCode) throw new Error('Give the office\'s region with --region CODE (village names are resolved inside it)');
  const config = readImportConfig();
  const authorization = `Bearer ${options.token ?? (await issueToken(readAuthConfig(), viewer, '2h'))}`;
  const owners = new EntityOwners(target.entityOwnerUrls, 10_000, authorization);
  const db = await openDatabase(target.databaseUrl, target.definition.database);
  const progress = progressBars();
  try {
    const outcome = await runImport(db, target.definition.importKinds[options.kind].open(db, owners), {
      path: options.file,
      fileName: path.basename(options.file),
      table: { ...config.table, sheet: options.sheet },
      scope: { office: options.office ?? officeOf(regionCode), regionCode, viewer },
      mode: options.mode,
      errorsFilePath: options.errorsFile ?? `${options.file.replace(/\.[^./]+$/, '')}.errors${sheetExtension(options.file)}`,
      onProgress: (update) => progress.update(update),
    });
    progress.stop();
    printSummary(outcome);
    if (outcome.written.created + outcome.written.updated > 0) await announceWrites(config.gatewayUrl, authorization);
    return outcome;
  } finally {
    progress.stop();
    await db.destroy();
  }
}

/** The gateway's Rakor summaries show the import at once, not when their cache expires. */
async function announceWrites(gatewayUrl: string, authorization: string): Promise<void> {
  const outcome = await invalidateGatewaySummaries(gatewayUrl, authorization);
  if (outcome === 'INVALIDATED') return;
  console.log(`the gateway at ${gatewayUrl} ${outcome === 'REFUSED' ? 'refused' : 'did not answer'} the summary invalidation: cached summaries show the import when they expire`);
}

function printSummary(outcome: ImportOutcome): void {
  const { report, written } = outcome;
  const { format } = outcome.file;
  if (format.kind === 'xlsx' && format.sheet) console.log(`sheet read: "${format.sheet}"`);
  console.table([{ status: outcome.status, rows: report.rows, valid: report.valid, invalid: report.invalid, ...written }]);
  for (const issue of report.issues.slice(0, PRINTED_ISSUES)) console.log(`  line ${issue.line}${issue.column ? ` · ${issue.column}` : ''} · ${issue.code}: ${issue.message}${issue.value ? ` (${JSON.stringify(issue.value)})` : ''}`);
  if (report.invalid > PRINTED_ISSUES) console.log(`  … and more: see the errors file`);
  if (outcome.errorsFilePath) console.log(`errors file: ${outcome.errorsFilePath}`);
  if (outcome.status === 'REFUSED') console.log('nothing was written: every row must be valid (or pass --valid-rows-only)');
  if (outcome.failure) console.log(`the import stopped: ${outcome.failure}. Batches written so far stay; import the same file again to resume.`);
  console.log(report.summaryLine());
}
