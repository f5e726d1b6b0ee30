import { DateTimeISOResolver } from 'graphql-scalars';
import { Arg, Args, Ctx, Directive, Field, ID, InterfaceType, Int, ObjectType, Query, Resolver, type ClassType } from 'type-graphql';
import type { IResolvers } from '@graphql-tools/utils';
import { notFound } from '../errors/graphql-errors';
import { DEFAULT_PAGE_SIZE, PageArgs, PageInfo } from '../pagination/connection';
import type { SubgraphContext } from '../server/subgraph-server';
import { ImportJobStore, type ImportJob } from './import-job-store';

@Directive('@shareable')
@ObjectType({ description: 'One thing wrong with one row of an imported file, where the office finds it in its own sheet.' })
export class ImportRowIssue {
  @Field(() => Int, { description: 'Line of the row in the file (CSV), or row number in the sheet (XLSX), from 1.' })
  line!: number;

  @Field({ description: 'The column\'s header as the file writes it; empty for an issue of the whole row.' })
  column!: string;

  @Field({ description: 'The cell\'s value as written.' })
  value!: string;

  @Field({ description: 'What is wrong, and how to put it right.' })
  message!: string;

  @Field({ description: 'Stable code: REQUIRED, INVALID_VALUE, OUT_OF_RANGE, UNKNOWN_REGION, AMBIGUOUS_REGION, FORBIDDEN_REGION, DUPLICATE_KEY, UNKNOWN_REFERENCE or ENCODING.' })
  code!: string;
}

@Directive('@shareable')
@ObjectType({ description: 'A page of an import\'s row report.' })
export class ImportRowIssuePage {
  @Field(() => [ImportRowIssue], { description: 'The issues of this page, in file order.' })
  items!: ImportRowIssue[];

  @Field(() => PageInfo, { description: 'Cursor information for fetching the next page.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Issues kept for the report (the first 1,000; the errors file has every invalid row).' })
  totalCount!: number;
}

@Directive('@shareable')
@ObjectType({ description: 'How far a running import has come.' })
export class ImportJobProgress {
  @Field({ description: '"validating" (every row is checked) or "writing" (valid rows are written in batches).' })
  phase!: string;

  @Field(() => Int, { description: 'Rows done in this phase.' })
  rows!: number;

  @Field(() => Int, { nullable: true, description: 'Rows this phase will do, once known (writing only).' })
  total?: number;
}

/**
 * `ImportJob` as a subgraph that runs jobs declares it, with every field; each subgraph's job type
 * inherits the fields from it.
 */
@InterfaceType('ImportJob', { description: 'An upload to `POST /imports` and what became of it.', autoRegisterImplementations: false, resolveType: (job: { __typename?: string }) => job.__typename })
abstract class ImportJobFields {
  @Field(() => ID, { description: 'Id of the job, as `POST /imports` answered it.' })
  id!: string;

  @Field({ description: 'What the file holds: cooperatives, umkm or training.' })
  kind!: string;

  @Field({ description: 'RECEIVING (the upload arrives), RUNNING, then VALIDATED (dry run), REFUSED (invalid rows, nothing written), COMMITTED or FAILED.' })
  status!: string;

  @Field({ description: 'DRY_RUN, ALL_OR_NOTHING or VALID_ROWS_ONLY.' })
  mode!: string;

  @Field({ description: 'The file\'s name as uploaded.' })
  fileName!: string;

  @Field(() => String, { nullable: true, description: 'SHA-256 of the file, once read; the provenance of every record it wrote names it.' })
  sha256?: string;

  @Field(() => String, { nullable: true, description: 'The workbook sheet that was read, once validated: the one named at upload, else the first sheet with a recognised header. Null for CSV.' })
  sheet?: string;

  @Field({ description: 'Kemendagri code of the importing office\'s region.' })
  regionCode!: string;

  @Field({ description: 'The office named in the provenance of what the import writes.' })
  office!: string;

  @Field(() => DateTimeISOResolver, { description: 'When the upload began.' })
  createdAt!: string;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When the job ended.' })
  finishedAt?: string;

  @Field(() => ImportJobProgress, { nullable: true, description: 'How far it has come, while it runs.' })
  progress?: ImportJobProgress;

  @Field(() => String, { nullable: true, description: 'Exactly "N rows: V valid, I invalid", once validated.' })
  summaryLine?: string;

  @Field(() => Int, { nullable: true, description: 'Data rows in the file (titles and empty rows not counted).' })
  rows?: number;

  @Field(() => Int, { nullable: true, description: 'Rows without an issue.' })
  valid?: number;

  @Field(() => Int, { nullable: true, description: 'Rows with at least one issue.' })
  invalid?: number;

  @Field(() => Int, { nullable: true, description: 'Records the import created.' })
  created?: number;

  @Field(() => Int, { nullable: true, description: 'Records the import changed.' })
  updated?: number;

  @Field(() => Int, { nullable: true, description: 'Rows whose record already held exactly these values.' })
  unchanged?: number;

  @Field(() => String, { nullable: true, description: 'Why the job failed, when it did. Batches written before stay; upload the same file again to resume.' })
  failure?: string;

  @Field(() => String, { nullable: true, description: 'Where the gateway serves the errors file (the invalid rows with an error column), when rows were invalid.' })
  errorsFileUrl?: string;

  /** The issues kept for the report; read through `issues`. */
  reportedIssues!: ImportRowIssue[];

  @Field(() => ImportRowIssuePage, { description: 'The row report, a page at a time, in file order.' })
  issues(@Args() { first, after }: PageArgs): ImportRowIssuePage {
    const start = after ? Number(after) : 0;
    const items = this.reportedIssues.slice(start, start + (first ?? DEFAULT_PAGE_SIZE));
    const end = start + items.length;
    return { items, totalCount: this.reportedIssues.length, pageInfo: { hasNextPage: end < this.reportedIssues.length, endCursor: items.length ? String(end) : null } };
  }
}

/** The GraphQL type a subgraph's jobs have, e.g. `UmkmImportJob`. */
export const importJobTypeName = (subgraph: string) => `${subgraph[0].toUpperCase()}${subgraph.slice(1)}ImportJob`;


/**
 * `ImportJob` as the subgraph serving `importJob(id)` declares it: only the id, since it answers
 * other subgraphs' jobs with a reference their owner resolves (the composed interface has every field).
 */
@InterfaceType('ImportJob', { description: 'An upload to `POST /imports` and what became of it.', autoRegisterImplementations: false, resolveType: (job: { __typename?: string }) => job.__typename })
abstract class ImportJobReference {
  @Field(() => ID, { description: 'Id of the job, as `POST /imports` answered it.' })
  id!: string;
}

function toGraphQL(typeName: string, type: ClassType<ImportJobFields>, { issues, ...job }: ImportJob): ImportJobFields {
  // The stored issues become `reportedIssues`: `issues` is the paginating field.
  return Object.assign(new type(), {
    __typename: typeName,
    ...job,
    ...(job.report ?? {}),
    ...(job.written ?? {}),
    reportedIssues: issues,
    errorsFileUrl: job.hasErrorsFile ? `/imports/${job.id}/errors` : undefined,
  });
}

async function readableJob(context: SubgraphContext, id: string): Promise<ImportJob> {
  const job = await context.importJobs?.findReadable(id, context.viewer);
  if (!job) throw notFound('No import job of yours has this id', { argument: 'id' });
  return job;
}

/**
 * The GraphQL side of a subgraph's import jobs: its job type (an entity keyed by id), and in the
 * subgraph chosen to serve `importJob(id)`, the query and references for the other subgraphs'
 * job types, which the gateway then asks their owners about.
 */
export function importJobSchema(subgraph: string, serves?: { others: string[] }) {
  const typeName = importJobTypeName(subgraph);
  const implemented = serves ? ImportJobReference : ImportJobFields;

  @Directive('@key(fields: "id")')
  @ObjectType(typeName, { implements: implemented, description: `An import of the ${subgraph} subgraph: an upload and what became of it.` })
  class OwnJob extends ImportJobFields {}

  const referenceResolvers: IResolvers = {
    [typeName]: { __resolveReference: async ({ id }: { id: string }, context: SubgraphContext) => toGraphQL(typeName, OwnJob, await readableJob(context, id)) },
  };
  if (!serves) return { orphanedTypes: [OwnJob], resolvers: [], referenceResolvers };

  const references = serves.others.map((other) => {
    @Directive('@key(fields: "id", resolvable: false)')
    @ObjectType(importJobTypeName(other), { implements: ImportJobReference, description: `An import of the ${other} subgraph.` })
    class OtherJob extends ImportJobReference {}
    return OtherJob;
  });

  @Resolver()
  class ImportJobQuery {
    @Query(() => ImportJobReference, { description: 'An import job by the id `POST /imports` answered: its status, progress, counts, row report and errors file. Its uploader and admins read it; NOT_FOUND for anyone else.' })
    async importJob(@Arg('id', () => ID, { description: 'The job\'s id.' }) id: string, @Ctx() context: SubgraphContext) {
      const owner = ImportJobStore.subgraphOf(id);
      if (owner === subgraph) return toGraphQL(typeName, OwnJob, await readableJob(context, id));
      if (!owner || !serves!.others.includes(owner)) throw notFound('No import job has this id', { argument: 'id' });
      return { __typename: importJobTypeName(owner), id };
    }
  }

  return { orphanedTypes: [OwnJob, ...references], resolvers: [ImportJobQuery], referenceResolvers };
}
