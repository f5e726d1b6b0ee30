import {
  assertDateRange,
  Connection,
  PageArgs,
  paginate,
  paginateWithinGroups,
  whereContains,
  whereWithinRegion,
  type SubgraphContext,
} from '@kumkm/subgraph-kit';
import { ObjectType } from 'type-graphql';
import { Enrollment } from '../enrollment/enrollment.entity';
import { TrainingProgram } from './training-program.entity';
import { TrainingProgramFilter } from './training-program.inputs';

/* Reads of programmes and their enrollments (writes: training-program-registry.ts). */

@ObjectType({ description: 'A page of programmes.' })
export class TrainingProgramConnection extends Connection(TrainingProgram, 'programme') {}

@ObjectType({ description: 'A page of enrollments.' })
export class EnrollmentConnection extends Connection(Enrollment, 'enrollment') {}

const PROGRAM_SORT_KEYS = [
  { column: 'program.startsOn', value: (row: TrainingProgram) => row.startsOn },
  { column: 'program.id', value: (row: TrainingProgram) => row.id },
];
const ENROLLMENT_SORT_KEYS = [{ column: 'enrollment.id', value: (row: Enrollment) => row.id }];

function filteredPrograms(context: SubgraphContext, filter: TrainingProgramFilter = {}) {
  assertDateRange(filter.from, filter.to, 'filter.to');
  const query = context.db.getRepository(TrainingProgram).createQueryBuilder('program');
  whereWithinRegion(query, 'program.regionCode', filter.region);
  if (filter.from) query.andWhere('program.startsOn >= :from', { from: filter.from });
  if (filter.to) query.andWhere('program.startsOn <= :to', { to: filter.to });
  if (filter.kind) query.andWhere('program.kind = :kind', { kind: filter.kind });
  whereContains(query, 'program.organizer', filter.organizerContains);
  return query;
}

/** One page of enrollments for every programme in the request: two statements, whatever the page size. */
export function enrollmentPages(context: SubgraphContext, page: PageArgs) {
  return context.loaders.get<string, EnrollmentConnection>(`enrollments:${page.first ?? ''}:${page.after ?? ''}`, async (programIds) => {
    const pages = await paginateWithinGroups({
      repository: context.db.getRepository(Enrollment),
      query: context.db.getRepository(Enrollment).createQueryBuilder('enrollment'),
      alias: 'enrollment',
      groupColumn: 'enrollment.programId',
      groupOf: (enrollment) => enrollment.programId,
      groups: programIds,
      keys: ENROLLMENT_SORT_KEYS,
      page,
    });
    return pages as EnrollmentConnection[];
  });
}

/** Programmes matching a filter, by start date, one page at a time. */
export function listPrograms(context: SubgraphContext, filter: TrainingProgramFilter | undefined, page: PageArgs) {
  return paginate(filteredPrograms(context, filter), PROGRAM_SORT_KEYS, page);
}
