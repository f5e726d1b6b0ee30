import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { API_SCHEMA, CHANGE_LOG, checkSchema, committedSchemaCheckInput, describeSchemaCheck, RELEASED_API_SCHEMA } from './schema-gate';

/** The change log after a release: the unreleased entries dated, and an empty section above them. */
export function datedChangeLog(changeLog: string, day: string): string {
  return changeLog.replace(/^## Unreleased\s*$/m, `## Unreleased\n\n## Released ${day}`);
}

/**
 * `npm run schema:release`: makes the current API schema the released baseline, after the same
 * check as `schema:check` passes, and dates the change log's unreleased entries.
 */
async function main() {
  const input = committedSchemaCheckInput();
  const check = await checkSchema(input);
  console.log(describeSchemaCheck(check, Object.keys(input.operations).length));
  if (!check.passed) {
    console.error('not released: the check must pass first');
    process.exit(1);
  }
  copyFileSync(API_SCHEMA, RELEASED_API_SCHEMA);
  writeFileSync(CHANGE_LOG, datedChangeLog(readFileSync(CHANGE_LOG, 'utf8'), new Date().toISOString().slice(0, 10)));
  console.log(`released: schema/released/api.graphql is now the current API schema (${check.changes.length} change(s) since the last release)`);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
