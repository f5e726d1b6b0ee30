import { alignToKeys, groupByKeys, type SubgraphContext } from '@kumkm/subgraph-kit';
import { In } from 'typeorm';
import { AnnualMeeting } from '../annual-meeting/annual-meeting.entity';
import { HealthRating } from '../health-rating/health-rating.entity';
import { Officer } from '../officer/officer.entity';
import { Cooperative } from './cooperative.entity';

/** One SQL statement per request for all cooperatives asked for by id (entity references included). */
export function cooperativeById(context: SubgraphContext) {
  return context.loaders.get<string, Cooperative | null>('cooperativeById', async (ids) => {
    const rows = await context.db.getRepository(Cooperative).findBy({ id: In([...ids]) });
    return alignToKeys(ids, rows, (row) => row.id);
  });
}

export function officersOf(context: SubgraphContext) {
  return context.loaders.get<string, Officer[]>('officersByCooperative', async (ids) => {
    const rows = await context.db.getRepository(Officer).find({
      where: { cooperativeId: In([...ids]) },
      order: { termStartYear: 'DESC', position: 'ASC' },
    });
    return groupByKeys(ids, rows, (row) => row.cooperativeId);
  });
}

export function annualMeetingsOf(context: SubgraphContext) {
  return context.loaders.get<string, AnnualMeeting[]>('annualMeetingsByCooperative', async (ids) => {
    const rows = await context.db.getRepository(AnnualMeeting).find({
      where: { cooperativeId: In([...ids]) },
      order: { fiscalYear: 'DESC' },
    });
    return groupByKeys(ids, rows, (row) => row.cooperativeId);
  });
}

export function healthRatingsOf(context: SubgraphContext) {
  return context.loaders.get<string, HealthRating[]>('healthRatingsByCooperative', async (ids) => {
    const rows = await context.db.getRepository(HealthRating).find({
      where: { cooperativeId: In([...ids]) },
      order: { year: 'DESC' },
    });
    return groupByKeys(ids, rows, (row) => row.cooperativeId);
  });
}
