import { groupByKeys, recordsById, type SubgraphContext } from '@kumkm/subgraph-kit';
import { In } from 'typeorm';
import { AnnualMeeting } from '../annual-meeting/annual-meeting.entity';
import { HealthRating } from '../health-rating/health-rating.entity';
import { Officer, OfficerPosition } from '../officer/officer.entity';
import { Cooperative } from './cooperative.entity';

/** One SQL statement per request for all cooperatives asked for by id (entity references included). */
export function cooperativeById(context: SubgraphContext) {
  return recordsById(context, Cooperative);
}

const POSITION_ORDER = Object.values(OfficerPosition);

/**
 * Latest board first, then by position as the enum lists it (ketua, sekretaris, bendahara,
 * pengawas) and by name: sorted here, since MySQL orders an enum column by its definition and
 * SQLite by its text.
 */
const boardOrder = (a: Officer, b: Officer) =>
  b.termStartYear - a.termStartYear || POSITION_ORDER.indexOf(a.position) - POSITION_ORDER.indexOf(b.position) || a.fullName.localeCompare(b.fullName);

export function officersOf(context: SubgraphContext) {
  return context.loaders.get<string, Officer[]>('officersByCooperative', async (ids) => {
    const rows = await context.db.getRepository(Officer).find({ where: { cooperativeId: In([...ids]) } });
    return groupByKeys(ids, rows.sort(boardOrder), (row) => row.cooperativeId);
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
