import { SeededRandom, seedTables, type Logger, type SeedSummary } from '@kumkm/subgraph-kit';
import type { DataSource } from 'typeorm';
import { AnnualMeeting } from '../annual-meeting/annual-meeting.entity';
import { BusinessLine } from '../business-line/business-line.entity';
import { Cooperative } from '../cooperative/cooperative.entity';
import { HealthRating } from '../health-rating/health-rating.entity';
import { Officer } from '../officer/officer.entity';
import { buildRegionalCooperatives } from './regional-cooperatives';
import { seededBusinessLines } from './seeded-business-lines';

/** Loads the regional data set; rows already present are left untouched, so running it again changes nothing. */
export async function seedRegionalCooperatives(db: DataSource, logger: Logger): Promise<SeedSummary[]> {
  const data = buildRegionalCooperatives();
  return seedTables(db, logger, [
    { table: 'cooperatives', entity: Cooperative, rows: data.cooperatives },
    { table: 'cooperative_officers', entity: Officer, rows: data.officers },
    { table: 'annual_meetings', entity: AnnualMeeting, rows: data.annualMeetings },
    { table: 'health_ratings', entity: HealthRating, rows: data.healthRatings },
    { table: 'business_lines', entity: BusinessLine, rows: seededBusinessLines(data.cooperatives, new SeededRandom(20260213)) },
  ]);
}
