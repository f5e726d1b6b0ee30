import { parseArgs } from 'node:util';
import { importFromCommandLine, readSubgraphConfig, writeTemplateFromCommandLine } from '@kumkm/subgraph-kit';
import { selectedSubgraphs } from './subgraph-packages';

const USAGE = 'npm run import -- <kind> --template FILE.csv|FILE.xlsx, or npm run import -- <kind> <file> [--dry-run] [--valid-rows-only] [--office NAME] [--region CODE] [--sheet NAME] [--token JWT] [--errors-file PATH]';

/**
 * Imports an office's sheet into the subgraph that owns its kind of record. Exit status: 0 when
 * every row is valid (and, unless a dry run, written), 2 when rows are invalid, 1 when it failed.
 */
async function main() {
  const { values, positionals } = parseArgs({
    options: {
      'dry-run': { type: 'boolean', default: false },
      'valid-rows-only': { type: 'boolean', default: false },
      office: { type: 'string' },
      region: { type: 'string' },
      sheet: { type: 'string' },
      token: { type: 'string' },
      'errors-file': { type: 'string' },
      template: { type: 'string' },
    },
    allowPositionals: true,
  });
  const [kind, file] = positionals;
  const targets = selectedSubgraphs([]).map(({ definition }) => {
    const config = readSubgraphConfig(definition.manifest);
    return { definition, databaseUrl: config.databaseUrl, entityOwnerUrls: config.entityOwnerUrls };
  });
  if (kind && values.template && positionals.length === 1) return writeTemplateFromCommandLine(targets, kind, values.template);
  if (!kind || !file || positionals.length > 2) throw new Error(`Usage: ${USAGE}`);
  const outcome = await importFromCommandLine(targets, {
    kind,
    file,
    mode: values['dry-run'] ? 'DRY_RUN' : values['valid-rows-only'] ? 'VALID_ROWS_ONLY' : 'ALL_OR_NOTHING',
    office: values.office,
    region: values.region,
    sheet: values.sheet,
    token: values.token ?? process.env.KUMKM_TOKEN,
    errorsFile: values['errors-file'],
  });
  if (outcome.status === 'FAILED') process.exit(1);
  if (outcome.report.invalid > 0) process.exit(2);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
