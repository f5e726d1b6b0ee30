import {
  assertDateRange,
  assertId,
  Connection,
  whereContains,
  PageArgs,
  paginate,
  paginateWithinGroups,
  Role,
  whereWithinRegion,
  type SubgraphContext,
} from '@kumkm/subgraph-kit';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Enrollment } from '../enrollment/enrollment.entity';
import { Region } from '../region/region';
import { TrainingWave } from '../wave/training-wave.entity';
import { createTrainingProgram } from './training-program-registry';
import { CreateTrainingProgramInput, TrainingProgramFilter } from './training-program.inputs';
import { TrainingProgram } from './training-program.entity';
import { enrolledCount, programById, wavesOf } from './training-program.loaders';

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
function enrollmentPages(context: SubgraphContext, page: PageArgs) {
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

@Resolver(() => TrainingProgram)
export class TrainingProgramResolver {
  @Query(() => TrainingProgram, { nullable: true, description: 'One programme by id; null when none has it.' })
  trainingProgram(@Arg('id', () => ID) id: string, @Ctx() context: SubgraphContext) {
    return programById(context).load(assertId(id, 'programme'));
  }

  @Query(() => TrainingProgramConnection, { description: 'Programmes matching a filter, by start date, one page at a time.' })
  trainingPrograms(
    @Arg('filter', () => TrainingProgramFilter, { nullable: true, description: 'Conditions the programmes must meet.' }) filter: TrainingProgramFilter | undefined,
    @Args() page: PageArgs,
    @Ctx() context: SubgraphContext,
  ) {
    return paginate(filteredPrograms(context, filter), PROGRAM_SORT_KEYS, page);
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The region where the programme takes place.' })
  region(@Root() program: TrainingProgram): Region | null {
    return Region.find(program.regionCode);
  }

  @FieldResolver(() => [TrainingWave], { description: 'Its waves (gelombang), in order.' })
  waves(@Root() program: TrainingProgram, @Ctx() context: SubgraphContext) {
    return wavesOf(context).load(program.id);
  }

  @FieldResolver(() => Int, { description: 'Participants enrolled, in all waves.' })
  participantCount(@Root() program: TrainingProgram, @Ctx() context: SubgraphContext) {
    return enrolledCount(context, 'programId').load(program.id);
  }

  @FieldResolver(() => EnrollmentConnection, { description: 'Its enrollments, one page at a time.' })
  enrollments(@Root() program: TrainingProgram, @Args() page: PageArgs, @Ctx() context: SubgraphContext) {
    return enrollmentPages(context, page).load(program.id);
  }

  @Authorized(Role.OFFICER, Role.ADMIN)
  @Mutation(() => TrainingProgram, { description: 'Creates a programme with its waves, all or nothing (an officer inside its region, or an admin).' })
  createTrainingProgram(@Arg('input') input: CreateTrainingProgramInput, @Ctx() context: SubgraphContext): Promise<TrainingProgram> {
    return createTrainingProgram(context.db, context.viewer, input);
  }

}

@Resolver(() => TrainingWave)
export class TrainingWaveResolver {
  @FieldResolver(() => Int, { description: 'Participants enrolled in this wave.' })
  enrolled(@Root() wave: TrainingWave, @Ctx() context: SubgraphContext) {
    return enrolledCount(context, 'waveId').load(wave.id);
  }
}

export const trainingProgramReferenceResolver = {
  TrainingProgram: {
    __resolveReference(reference: { id: string }, context: SubgraphContext) {
      return programById(context).load(reference.id);
    },
  },
};
