import { buildFederatedSchema, importJobSchema, recordsOriginResolver, type DatabaseDefinition } from '@kumkm/subgraph-kit';
import type { GraphQLSchema } from 'graphql';
import { Enrollment } from './enrollment/enrollment.entity';
import { EnrollmentResolver } from './enrollment/enrollment.resolver';
import { mysqlMigrations, sqliteMigrations } from './migrations';
import { CooperativeTrainingsResolver, UmkmActorTrainingsResolver } from './participant/participant-trainings.resolver';
import { participantReferenceResolvers } from './participant/participant.types';
import { ParticipantsTrainedResolver } from './participant/participants-trained.resolver';
import { Region, regionReferenceResolver, RegionResolver } from './region/region';
import { TrainingSummaryResolver } from './region/training-summary.resolver';
import { TrainingProgram } from './training-program/training-program.entity';
import { trainingProgramReferenceResolver, TrainingProgramResolver, TrainingWaveResolver } from './training-program/training-program.resolver';
import { TrainingWave } from './wave/training-wave.entity';

export const trainingDatabase: DatabaseDefinition = {
  entities: [TrainingProgram, TrainingWave, Enrollment],
  migrations: { mysql: mysqlMigrations, sqlite: sqliteMigrations },
};

// Built once: each build of the job types would declare them anew. This subgraph serves
// importJob(id) for every subgraph's jobs; the others' answer through their job entities.
const importJobs = importJobSchema('training', { others: ['cooperatives', 'umkm'] });

export function buildTrainingSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      RegionResolver,
      TrainingProgramResolver,
      TrainingWaveResolver,
      EnrollmentResolver,
      CooperativeTrainingsResolver,
      UmkmActorTrainingsResolver,
      TrainingSummaryResolver,
      ParticipantsTrainedResolver,
      recordsOriginResolver(Region, 'trainingRecords', 'training_programs', { records: 'training programme records', subgraph: 'training' }),
      ...importJobs.resolvers,
    ],
    referenceResolvers: [regionReferenceResolver, trainingProgramReferenceResolver, participantReferenceResolvers, importJobs.referenceResolvers],
    orphanedTypes: importJobs.orphanedTypes,
  });
}
