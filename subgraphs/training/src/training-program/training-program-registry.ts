import {
  assertCanWrite,
  assertDateRange,
  assertKnownRegion,
  badUserInput,
  newId,
  reportedNow,
  writeTransaction,
  type Viewer,
} from '@kumkm/subgraph-kit';
import type { DataSource } from 'typeorm';
import { TrainingWave } from '../wave/training-wave.entity';
import type { CreateTrainingProgramInput } from './training-program.inputs';
import { TrainingProgram } from './training-program.entity';

/** Creates a programme with its waves: all of it, or nothing. */
export async function createTrainingProgram(db: DataSource, viewer: Viewer, input: CreateTrainingProgramInput): Promise<TrainingProgram> {
  assertKnownRegion(input.regionCode);
  assertCanWrite(viewer, input.regionCode);
  assertDateRange(input.startsOn, input.endsOn, 'input.endsOn');
  const numbers = input.waves.map((wave) => wave.number);
  if (new Set(numbers).size !== numbers.length) throw badUserInput('Each wave needs its own number', { argument: 'input.waves' });
  return writeTransaction(db, 'Each wave needs its own number', async (manager) => {
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
