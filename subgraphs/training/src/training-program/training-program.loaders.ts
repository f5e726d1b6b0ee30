import { groupByKeys, recordsById, type SubgraphContext } from '@kumkm/subgraph-kit';
import { In } from 'typeorm';
import { Enrollment } from '../enrollment/enrollment.entity';
import { ParticipantType } from '../enrollment/enrollment.enums';
import { TrainingWave } from '../wave/training-wave.entity';
import { TrainingProgram } from './training-program.entity';

export function programById(context: SubgraphContext) {
  return recordsById(context, TrainingProgram);
}

export function wavesOf(context: SubgraphContext) {
  return context.loaders.get<string, TrainingWave[]>('wavesByProgram', async (ids) => {
    const rows = await context.db.getRepository(TrainingWave).find({ where: { programId: In([...ids]) }, order: { number: 'ASC' } });
    return groupByKeys(ids, rows, (row) => row.programId);
  });
}

export function waveById(context: SubgraphContext) {
  return recordsById(context, TrainingWave);
}

/** Enrollment counts per wave or per programme, one GROUP BY for all asked for in the request. */
export function enrolledCount(context: SubgraphContext, column: 'waveId' | 'programId') {
  return context.loaders.get<string, number>(`enrolledBy:${column}`, async (ids) => {
    const rows: Array<{ key: string; count: number | string }> = await context.db
      .getRepository(Enrollment)
      .createQueryBuilder('enrollment')
      .select(`enrollment.${column}`, 'key')
      .addSelect('COUNT(*)', 'count')
      .where({ [column]: In([...ids]) })
      .groupBy(`enrollment.${column}`)
      .getRawMany();
    const counts = new Map(rows.map((row) => [row.key, Number(row.count)]));
    return ids.map((id) => counts.get(id) ?? 0);
  });
}

/** Every enrollment of each participant asked for in the request, in one statement per participant type. */
export function enrollmentsOfParticipant(context: SubgraphContext, type: ParticipantType) {
  return context.loaders.get<string, Enrollment[]>(`enrollmentsOf:${type}`, async (ids) => {
    const rows = await context.db.getRepository(Enrollment).find({
      where: { participantType: type, participantId: In([...ids]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return groupByKeys(ids, rows, (row) => row.participantId);
  });
}
