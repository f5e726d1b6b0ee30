import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CriticalityLevel, diff, DiffRule, type Change } from '@graphql-inspector/core';
import { DEFAULT_TRUSTED_DOCUMENT_MANIFESTS } from '@kumkm/gateway';
import { buildSchema, NoDeprecatedCustomRule, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';

export const SCHEMA_DIR = path.resolve(__dirname, '../../schema');
export const API_SCHEMA = path.join(SCHEMA_DIR, 'api.graphql');
export const RELEASED_API_SCHEMA = path.join(SCHEMA_DIR, 'released/api.graphql');
export const CHANGE_LOG = path.join(SCHEMA_DIR, 'CHANGES.md');
/** The registered client operations: the manifests codegen writes, as the gateway reads them. */
export const OPERATION_MANIFESTS = (process.env.TRUSTED_DOCUMENTS_MANIFESTS ?? DEFAULT_TRUSTED_DOCUMENT_MANIFESTS.join(','))
  .split(',')
  .map((file) => file.trim())
  .filter(Boolean);

/** The change log's section that acknowledges breaks not yet released. */
const UNRELEASED = /^## Unreleased\s*$/m;
/** "- `Cooperative.nik`: why the break is deliberate" */
const ACKNOWLEDGEMENT = /^\s*[-*]\s+`([^`]+)`\s*[:—–-]\s*(\S.*)$/;

export interface SchemaChange {
  level: 'BREAKING' | 'DANGEROUS' | 'SAFE';
  message: string;
  /** Schema coordinate of what changed, e.g. `Query.cooperatives.region`. */
  path?: string;
  /** The change log's reason, when a breaking change is acknowledged. */
  acknowledged?: string;
}

export interface OperationFinding {
  operation: string;
  message: string;
}

export interface SchemaCheck {
  changes: SchemaChange[];
  /** Registered operations the current schema no longer validates. */
  brokenOperations: OperationFinding[];
  /** Registered operations that use a deprecated field, argument or enum value. */
  deprecatedUses: OperationFinding[];
  passed: boolean;
}

export interface SchemaCheckInput {
  released: string;
  current: string;
  changeLog: string;
  /** id → document, as in `persisted-documents.json`. */
  operations: Record<string, string>;
}

/**
 * Acknowledged breaks: each line of the change log's "## Unreleased" section that names a change
 * (its schema coordinate or its whole message) in backticks, with the reason after it.
 */
export function acknowledgedBreaks(changeLog: string): Map<string, string> {
  const start = changeLog.search(UNRELEASED);
  if (start < 0) return new Map();
  const section = changeLog.slice(start).split('\n').slice(1);
  const end = section.findIndex((line) => line.startsWith('## '));
  const acknowledged = new Map<string, string>();
  for (const line of end < 0 ? section : section.slice(0, end)) {
    const match = ACKNOWLEDGEMENT.exec(line);
    if (match) acknowledged.set(match[1].trim(), match[2].trim());
  }
  return acknowledged;
}

const LEVELS: Record<CriticalityLevel, SchemaChange['level']> = {
  [CriticalityLevel.Breaking]: 'BREAKING',
  [CriticalityLevel.Dangerous]: 'DANGEROUS',
  [CriticalityLevel.NonBreaking]: 'SAFE',
};

function operationName(id: string, document: DocumentNode): string {
  const named = document.definitions.find((definition) => definition.kind === 'OperationDefinition' && definition.name);
  return named && 'name' in named && named.name ? named.name.value : id;
}

function checkOperations(schema: GraphQLSchema, operations: Record<string, string>) {
  const brokenOperations: OperationFinding[] = [];
  const deprecatedUses: OperationFinding[] = [];
  for (const [id, text] of Object.entries(operations)) {
    const document = parse(text);
    const operation = operationName(id, document);
    for (const error of validate(schema, document)) brokenOperations.push({ operation, message: error.message });
    for (const error of validate(schema, document, [NoDeprecatedCustomRule])) deprecatedUses.push({ operation, message: error.message });
  }
  return { brokenOperations, deprecatedUses };
}

/**
 * Compares the current API schema with the released one (GraphQL Inspector's diff) and checks the
 * registered operations against the current schema. It passes when every breaking change is
 * acknowledged in the change log and every registered operation still validates. Removing a
 * deprecated field is not breaking by itself: an operation still using it fails validation.
 */
export async function checkSchema(input: SchemaCheckInput): Promise<SchemaCheck> {
  const current = buildSchema(input.current);
  const acknowledged = acknowledgedBreaks(input.changeLog);
  const changes = (await diff(buildSchema(input.released), current, [DiffRule.suppressRemovalOfDeprecatedField])).map((change: Change): SchemaChange => {
    const level = LEVELS[change.criticality.level];
    const reason = level === 'BREAKING' ? (acknowledged.get(change.path ?? '') ?? acknowledged.get(change.message)) : undefined;
    return { level, message: change.message, path: change.path, ...(reason ? { acknowledged: reason } : {}) };
  });
  const { brokenOperations, deprecatedUses } = checkOperations(current, input.operations);
  const unacknowledged = changes.filter((change) => change.level === 'BREAKING' && !change.acknowledged);
  return { changes, brokenOperations, deprecatedUses, passed: unacknowledged.length === 0 && brokenOperations.length === 0 };
}

/** The committed files as the check reads them. */
export function committedSchemaCheckInput(): SchemaCheckInput {
  return {
    released: readFileSync(RELEASED_API_SCHEMA, 'utf8'),
    current: readFileSync(API_SCHEMA, 'utf8'),
    changeLog: readFileSync(CHANGE_LOG, 'utf8'),
    operations: Object.assign({}, ...OPERATION_MANIFESTS.map((file) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)),
  };
}

/** The check as people read it: changes grouped breaking, dangerous, safe; then the operations. */
export function describeSchemaCheck(check: SchemaCheck, operationCount: number): string {
  const lines: string[] = [];
  for (const level of ['BREAKING', 'DANGEROUS', 'SAFE'] as const) {
    const changes = check.changes.filter((change) => change.level === level);
    lines.push(`${level.toLowerCase()} changes: ${changes.length}`);
    for (const change of changes) lines.push(`  ${change.acknowledged ? '✓' : level === 'BREAKING' ? '✗' : '·'} ${change.message}${change.path ? ` (\`${change.path}\`)` : ''}${change.acknowledged ? ` — acknowledged: ${change.acknowledged}` : ''}`);
  }
  lines.push(`registered operations: ${operationCount}, broken by this schema: ${check.brokenOperations.length}`);
  for (const finding of check.brokenOperations) lines.push(`  ✗ ${finding.operation}: ${finding.message}`);
  for (const finding of check.deprecatedUses) lines.push(`  deprecated in use: ${finding.operation}: ${finding.message}`);
  const unacknowledged = check.changes.filter((change) => change.level === 'BREAKING' && !change.acknowledged).length;
  lines.push(
    check.passed
      ? 'schema check passed'
      : `schema check FAILED: ${unacknowledged} unacknowledged breaking change(s), ${check.brokenOperations.length} broken operation(s). Acknowledge a deliberate break under "## Unreleased" in schema/CHANGES.md as: - \`Type.field\`: reason`,
  );
  return lines.join('\n');
}
