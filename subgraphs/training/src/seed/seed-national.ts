import { bulkLoad, NATIONAL_SCALE, nationalProgramKey, seedId, type SeedProgress, type SeedSummary } from '@kumkm/subgraph-kit';
import type { DataSource } from 'typeorm';
import { Enrollment } from '../enrollment/enrollment.entity';
import { TrainingProgram } from '../training-program/training-program.entity';
import { TrainingWave } from '../wave/training-wave.entity';
import { nationalTrainingBatches, nationalWaveCount } from './national-training';

/** Loads the national programmes with their waves and enrollments, in one pass. */
export async function seedNationalTraining(db: DataSource, progress: SeedProgress): Promise<SeedSummary[]> {
  return bulkLoad(
    db,
    {
      tables: [
        { table: 'training_programs', entity: TrainingProgram, total: NATIONAL_SCALE.programs },
        { table: 'training_waves', entity: TrainingWave, total: nationalWaveCount() },
        { table: 'enrollments', entity: Enrollment, total: NATIONAL_SCALE.enrollments },
      ],
      batches: function* () {
        for (const batch of nationalTrainingBatches()) yield [batch.programs, batch.waves, batch.enrollments];
      },
      lastId: seedId('training-program', nationalProgramKey(NATIONAL_SCALE.programs - 1)),
    },
    progress,
  );
}
