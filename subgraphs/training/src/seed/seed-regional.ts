import { seedTables, type Logger, type SeedSummary } from '@kumkm/subgraph-kit';
import type { DataSource } from 'typeorm';
import { Enrollment } from '../enrollment/enrollment.entity';
import { TrainingProgram } from '../training-program/training-program.entity';
import { TrainingWave } from '../wave/training-wave.entity';
import { buildRegionalTraining } from './regional-training';

/** Loads the regional programmes and enrollments; rows already present are left untouched. */
export async function seedRegionalTraining(db: DataSource, logger: Logger): Promise<SeedSummary[]> {
  const data = buildRegionalTraining();
  return seedTables(db, logger, [
    { table: 'training_programs', entity: TrainingProgram, rows: data.programs },
    { table: 'training_waves', entity: TrainingWave, rows: data.waves },
    { table: 'enrollments', entity: Enrollment, rows: data.enrollments },
  ]);
}
