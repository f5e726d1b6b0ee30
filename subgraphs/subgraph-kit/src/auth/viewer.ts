import { forbidden } from '../errors/graphql-errors';
import { isRegionCode, isWithinRegion as within } from '../region/region-code';

/** Who may do what: read scopes for personal data and write scopes, by role and region. */
export enum Role {
  /** Reads every non-personal field and every summary, in every region; writes nothing. */
  ANALYST = 'ANALYST',
  /** Reads personal data and writes records inside its region and below. */
  OFFICER = 'OFFICER',
  /** Reads everything, personal data included, inside its province; writes nothing. */
  COORDINATOR = 'COORDINATOR',
  /** Reads and writes everything. */
  ADMIN = 'ADMIN',
}

export interface Viewer {
  subject: string;
  role: Role;
  /** The region an OFFICER works in, or the province of a COORDINATOR. */
  region?: string;
}

export function canReadPersonalData(viewer: Viewer, recordRegion: string): boolean {
  if (viewer.role === Role.ADMIN) return true;
  if (viewer.role === Role.ANALYST || !viewer.region) return false;
  return within(recordRegion, viewer.region);
}

/** Writes: an ADMIN anywhere, an OFFICER inside its region; nobody else. */
/** OFFICER and ADMIN write records (OFFICER inside its region); ANALYST and COORDINATOR only read. */
export function writesRecords(role: Role): boolean {
  return role === Role.OFFICER || role === Role.ADMIN;
}

/** The role as a refusal names it: "an analyst", "a coordinator". */
export function describeRole(role: Role): string {
  const name = role.toLowerCase();
  return `${/^[aeiou]/.test(name) ? 'an' : 'a'} ${name}`;
}

export function canWrite(viewer: Viewer, recordRegion: string): boolean {
  if (viewer.role === Role.ADMIN) return true;
  return viewer.role === Role.OFFICER && Boolean(viewer.region) && within(recordRegion, viewer.region!);
}

export function assertCanWrite(viewer: Viewer, recordRegion: string): void {
  if (canWrite(viewer, recordRegion)) return;
  throw forbidden(
    viewer.role === Role.OFFICER
      ? `An officer of region ${viewer.region} may not change records of region ${recordRegion}`
      : `Records are changed by officers and admins, not by ${describeRole(viewer.role)}`,
  );
}

/** A token's claims must make a coherent viewer: officers and coordinators need a region, coordinators a province. */
export function viewerFromClaims(claims: { sub?: unknown; role?: unknown; region?: unknown }): Viewer | undefined {
  const role = Object.values(Role).find((candidate) => candidate === claims.role);
  if (!role || typeof claims.sub !== 'string') return undefined;
  const region = typeof claims.region === 'string' && isRegionCode(claims.region) ? claims.region : undefined;
  if ((role === Role.OFFICER || role === Role.COORDINATOR) && !region) return undefined;
  if (role === Role.COORDINATOR && region!.includes('.')) return undefined;
  return { subject: claims.sub, role, region };
}
