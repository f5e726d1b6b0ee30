import { insertMissing, type Logger } from '@kumkm/subgraph-kit';
import type { DataSource } from 'typeorm';
import { AnnualMeeting } from '../annual-meeting/annual-meeting.entity';
import { Cooperative } from '../cooperative/cooperative.entity';
import { HealthRating } from '../health-rating/health-rating.entity';
import { Officer } from '../officer/officer.entity';
import { buildRegionalCooperatives } from './regional-cooperatives';

export interface SeedSummary {
  table: string;
  inserted: number;
  total: number;
}

/** Loads the regional data set; rows already present are left untouched, so running it again changes nothing. */
export async function seedRegionalCooperatives(db: DataSource, logger: Logger): Promise<SeedSummary[]> {
  const data = buildRegionalCooperatives();
  const steps = [
    { table: 'cooperatives', entity: Cooperative, rows: data.cooperatives },
    { table: 'cooperative_officers', entity: Officer, rows: data.officers },
    { table: 'annual_meetings', entity: AnnualMeeting, rows: data.annualMeetings },
    { table: 'health_ratings', entity: HealthRating, rows: data.healthRatings },
  ];
  const summary: SeedSummary[] = [];
  for (const [index, step] of steps.entries()) {
    const inserted = await insertMissing(db, step.entity as never, step.rows as never[]);
    summary.push({ table: step.table, inserted, total: step.rows.length });
    logger.info(`seed [${index + 1}/${steps.length}] ${step.table}: ${inserted} inserted, ${step.rows.length - inserted} already present`);
  }
  return summary;
}
