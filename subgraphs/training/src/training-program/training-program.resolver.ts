import {
  assertCanWrite,
  assertDateRange,
  assertId,
  assertKnownRegion,
  Connection,
  whereContains,
  newId,
  PageArgs,
  paginate,
  paginateWithinGroups,
  reportedNow,
  Role,
  badUserInput,
  whereWithinRegion,
  writeTransaction,
  type SubgraphContext,
} from '@kumkm/subgraph-kit';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Enrollment } from '../enrollment/enrollment.entity';
import { Region } from '../region/region';
import { TrainingWave } from '../wave/training-wave.entity';
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
  async createTrainingProgram(@Arg('input') input: CreateTrainingProgramInput, @Ctx() context: SubgraphContext): Promise<TrainingProgram> {
    assertKnownRegion(input.regionCode);
    assertCanWrite(context.viewer, input.regionCode);
    assertDateRange(input.startsOn, input.endsOn, 'input.endsOn');
    const numbers = input.waves.map((wave) => wave.number);
    if (new Set(numbers).size !== numbers.length) throw badUserInput('Each wave needs its own number', { argument: 'input.waves' });
    return writeTransaction(context.db, 'Each wave needs its own number', async (manager) => {
      const program = manager.create(TrainingProgram, {
        id: newId(),
        title: input.title,
        kind: input.kind,
        organizer: input.organizer,
        regionCode: input.regionCode,
        venue: input.venue ?? null,
        startsOn: input.startsOn,
        endsOn: input.endsOn ?? null,
        topics: input.topics,
        audience: input.audience,
        notes: input.notes ?? null,
        provenance: reportedNow(input.reportingOffice),
      });
      await manager.insert(TrainingProgram, program);
      if (input.waves.length > 0) {
        await manager.insert(
          TrainingWave,
          input.waves.map((wave) => ({
            id: newId(),
            programId: program.id,
            number: wave.number,
            heldOn: wave.heldOn ?? null,
            venue: wave.venue ?? null,
            target: wave.target ?? null,
            capacity: wave.capacity ?? null,
          })),
        );
      }
      return manager.findOneByOrFail(TrainingProgram, { id: program.id });
    });
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
