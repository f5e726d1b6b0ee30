import { assertDateRange, assertRegionCode, regionSummaries, type RegionSummaryKey, type SubgraphContext } from '@kumkm/subgraph-kit';
import { LocalDateResolver } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ProgramKind } from '../training-program/program-kind';
import { Region } from './region';
import { TrainingSummary, type TrainingYear } from './training-summary';

interface SummaryKey extends RegionSummaryKey {
  from: string | null;
  to: string | null;
}

interface SummaryRow {
  kind: ProgramKind;
  year: number | string;
  programs: number | string;
  participants: number | string;
  completed: number | string | null;
  certified: number | string | null;
}

function foldSummary(key: SummaryKey, rows: SummaryRow[]): TrainingSummary {
  const byKind = new Map(Object.values(ProgramKind).map((kind) => [kind, { kind, programs: 0, participants: 0 }]));
  const byYear = new Map<number, TrainingYear>();
  const summary: TrainingSummary = { programs: 0, participants: 0, completed: 0, certified: 0, byKind: [], byYear: [], from: key.from, to: key.to };
  for (const row of rows) {
    const entry = byKind.get(row.kind)!;
    entry.programs += Number(row.programs);
    entry.participants += Number(row.participants);
    const year = Number(row.year);
    const inYear = byYear.get(year) ?? { year, programs: 0, participants: 0, certified: 0 };
    inYear.programs += Number(row.programs);
    inYear.participants += Number(row.participants);
    inYear.certified += Number(row.certified ?? 0);
    byYear.set(year, inYear);
    summary.programs += Number(row.programs);
    summary.participants += Number(row.participants);
    summary.completed += Number(row.completed ?? 0);
    summary.certified += Number(row.certified ?? 0);
  }
  summary.byKind = [...byKind.values()];
  summary.byYear = [...byYear.values()].sort((a, b) => a.year - b.year);
  return summary;
}

/** Summaries of every region asked for in one request: one statement per distinct date range. */
function trainingSummaries(context: SubgraphContext) {
  return regionSummaries<SummaryKey, SummaryRow, TrainingSummary>(context, {
    name: 'trainingSummary',
    aggregate: ({ from, to }) => ({
      table: 'training_programs p LEFT JOIN enrollments e ON e.programId = p.id',
      regionColumn: 'p.regionCode',
      select: `p.kind AS kind, SUBSTR(p.startsOn, 1, 4) AS year, COUNT(DISTINCT p.id) AS programs, COUNT(e.id) AS participants,
        SUM(CASE WHEN e.status IN ('COMPLETED', 'CERTIFIED') THEN 1 ELSE 0 END) AS completed,
        SUM(CASE WHEN e.status = 'CERTIFIED' THEN 1 ELSE 0 END) AS certified`,
      where: 'p.startsOn >= ? AND p.startsOn <= ?',
      whereParameters: [from ?? '0001-01-01', to ?? '9999-12-31'],
      groupBy: 'p.kind, SUBSTR(p.startsOn, 1, 4)',
    }),
    fold: foldSummary,
  });
}

@Resolver(() => Region)
export class TrainingSummaryResolver {
  @FieldResolver(() => TrainingSummary, {
    nullable: true,
    description: 'Programmes held in this region and every region below it, by start date; null only when the training subgraph is unavailable.',
  })
  trainingSummary(
    @Root() region: Region,
    @Arg('from', () => LocalDateResolver, { nullable: true, description: 'Count programmes starting on or after this date.' }) from: string | undefined,
    @Arg('to', () => LocalDateResolver, { nullable: true, description: 'Count programmes starting on or before this date.' }) to: string | undefined,
    @Ctx() context: SubgraphContext,
  ): Promise<TrainingSummary> {
    assertDateRange(from, to, 'to');
    return trainingSummaries(context).load({ code: assertRegionCode(region.code), variant: `${from ?? ''}|${to ?? ''}`, from: from ?? null, to: to ?? null });
  }
}
