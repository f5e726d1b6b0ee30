import { assertId, PageArgs, Role, type SubgraphContext } from '@kumkm/subgraph-kit';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Region } from '../region/region';
import { TrainingWave } from '../wave/training-wave.entity';
import { EnrollmentConnection, enrollmentPages, listPrograms, TrainingProgramConnection } from './training-program-queries';
import { createTrainingProgram } from './training-program-registry';
import { CreateTrainingProgramInput, TrainingProgramFilter } from './training-program.inputs';
import { TrainingProgram } from './training-program.entity';
import { enrolledCount, programById, wavesOf } from './training-program.loaders';

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
    return listPrograms(context, filter, page);
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
