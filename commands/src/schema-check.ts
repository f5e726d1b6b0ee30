import { checkSchema, committedSchemaCheckInput, describeSchemaCheck } from './schema-gate';

/** `npm run schema:check`: exits 1 on an unacknowledged breaking change or a broken registered operation. */
async function main() {
  const input = committedSchemaCheckInput();
  const check = await checkSchema(input);
  console.log(describeSchemaCheck(check, Object.keys(input.operations).length));
  if (!check.passed) process.exit(1);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
