import { acknowledgedBreaks, checkSchema, committedSchemaCheckInput, type SchemaCheckInput } from './schema-gate';
import { datedChangeLog } from './schema-release';

const RELEASED = `
  type Query {
    cooperatives(region: String): [Cooperative!]!
  }
  type Cooperative {
    name: String!
    nik: String
    oldCode: String @deprecated(reason: "Use nik")
    type: CooperativeType!
  }
  enum CooperativeType { SIMPAN_PINJAM KONSUMEN JASA }
`;
const LISTING = 'query Listing { cooperatives(region: "81") { name nik type } }';
const CHANGE_LOG = '# API schema changes\n\n## Unreleased\n\n## Released 2026-12-02\n- First release\n';

const input = (current: string, extra: Partial<SchemaCheckInput> = {}): SchemaCheckInput => ({ released: RELEASED, current, changeLog: CHANGE_LOG, operations: { 'sha256:1': LISTING }, ...extra });
const levels = (check: Awaited<ReturnType<typeof checkSchema>>) => check.changes.map((change) => [change.level, change.path]);

describe('schema check', () => {
  it('passes on the committed API schema, baseline, change log and registered operations', async () => {
    const check = await checkSchema(committedSchemaCheckInput());
    expect(check.brokenOperations).toEqual([]);
    expect(check.passed).toBe(true);
  });

  it('fails when the baseline has a field the current schema lacks', async () => {
    const check = await checkSchema(input(RELEASED.replace('    nik: String\n', ''), { operations: {} }));
    expect(levels(check)).toEqual([['BREAKING', 'Cooperative.nik']]);
    expect(check.passed).toBe(false);
  });

  it('fails when a required argument is added, and when an enum value is removed', async () => {
    const required = await checkSchema(input(RELEASED.replace('cooperatives(region: String)', 'cooperatives(region: String, year: Int!)'), { operations: {} }));
    expect(levels(required)).toEqual([['BREAKING', 'Query.cooperatives.year']]);
    expect(required.passed).toBe(false);
    const enumValue = await checkSchema(input(RELEASED.replace(' JASA }', ' }'), { operations: {} }));
    expect(levels(enumValue)).toEqual([['BREAKING', 'CooperativeType.JASA']]);
    expect(enumValue.passed).toBe(false);
  });

  it('passes on an added optional field or argument, listing them as safe', async () => {
    const check = await checkSchema(input(RELEASED.replace('    nik: String\n', '    nik: String\n    memberCount: Int\n').replace('(region: String)', '(region: String, status: String)')));
    // An optional argument is "dangerous" to GraphQL Inspector (a client's default may change), not breaking.
    expect(levels(check).sort()).toEqual([
      ['DANGEROUS', 'Query.cooperatives.status'],
      ['SAFE', 'Cooperative.memberCount'],
    ]);
    expect(check.passed).toBe(true);
  });

  it('passes an acknowledged break, only when the acknowledgement is unreleased and gives a reason', async () => {
    const current = RELEASED.replace(' JASA }', ' }');
    const acknowledged = CHANGE_LOG.replace('## Unreleased\n', '## Unreleased\n- `CooperativeType.JASA`: merged into KONSUMEN by the 2026 regulation\n');
    const check = await checkSchema(input(current, { changeLog: acknowledged, operations: {} }));
    expect(check.changes).toEqual([{ level: 'BREAKING', path: 'CooperativeType.JASA', message: "Enum value 'JASA' was removed from enum 'CooperativeType'", acknowledged: 'merged into KONSUMEN by the 2026 regulation' }]);
    expect(check.passed).toBe(true);

    const released = CHANGE_LOG.replace('- First release\n', '- First release\n- `CooperativeType.JASA`: an old reason\n');
    expect((await checkSchema(input(current, { changeLog: released, operations: {} }))).passed).toBe(false);
    expect(acknowledgedBreaks(CHANGE_LOG.replace('## Unreleased\n', '## Unreleased\n- `CooperativeType.JASA`\n')).size).toBe(0);
  });

  it('fails when a registered operation no longer validates, even with the break acknowledged', async () => {
    const changeLog = CHANGE_LOG.replace('## Unreleased\n', '## Unreleased\n- `Cooperative.nik`: personal data no more\n');
    const check = await checkSchema(input(RELEASED.replace('    nik: String\n', ''), { changeLog }));
    expect(check.changes[0].acknowledged).toBe('personal data no more');
    expect(check.brokenOperations).toEqual([{ operation: 'Listing', message: 'Cannot query field "nik" on type "Cooperative".' }]);
    expect(check.passed).toBe(false);
  });

  it('reports registered operations that use a deprecated field, and lets a deprecated field go once none does', async () => {
    const inUse = await checkSchema(input(RELEASED, { operations: { 'sha256:2': 'query Old { cooperatives { oldCode } }' } }));
    expect(inUse.deprecatedUses).toEqual([{ operation: 'Old', message: 'The field Cooperative.oldCode is deprecated. Use nik' }]);
    expect(inUse.passed).toBe(true);

    const removed = await checkSchema(input(RELEASED.replace('    oldCode: String @deprecated(reason: "Use nik")\n', '')));
    expect(levels(removed)).toEqual([['DANGEROUS', 'Cooperative.oldCode']]);
    expect(removed.passed).toBe(true);
    const stillUsed = await checkSchema(input(RELEASED.replace('    oldCode: String @deprecated(reason: "Use nik")\n', ''), { operations: { 'sha256:2': 'query Old { cooperatives { oldCode } }' } }));
    expect(stillUsed.passed).toBe(false);
  });

  it('dates the unreleased acknowledgements at a release and opens an empty section', () => {
    const log = CHANGE_LOG.replace('## Unreleased\n', '## Unreleased\n- `CooperativeType.JASA`: merged\n');
    const dated = datedChangeLog(log, '2027-01-15');
    expect(dated).toContain('## Unreleased\n\n## Released 2027-01-15\n- `CooperativeType.JASA`: merged\n');
    expect(acknowledgedBreaks(dated).size).toBe(0);
  });
});
