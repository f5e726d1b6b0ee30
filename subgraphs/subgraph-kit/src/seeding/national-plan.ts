import { RegionDirectory, type RegionRecord } from '../region/region-directory';
import { REGION } from './regional-plan';
import { seedId } from './seed-id';
import { SYNTHETIC_MARK } from '../provenance/records-origin';

/**
 * The national data set (`npm run seed -- --scale national`): synthetic records in every province
 * of idn-area-data, on top of the regional set. Every subgraph derives the ids and places of the
 * others' records from the sequence numbers here (UUIDv5 of a key), so the three databases can be
 * generated independently and in parallel and still refer to each other.
 *
 * The regions the regional offices report on (Maluku, Jakarta Utara, Tangerang Selatan) get no
 * national records: their reported facts stay true at every scale, and the Rakor query touches the
 * same rows at regional and national scale while the tables around them are a hundred times larger.
 */
export const NATIONAL_SCALE = {
  /** Ordinary cooperatives, of which the active and inactive ones below; the rest are dissolved. */
  cooperatives: 150_000,
  activeCooperatives: 130_000,
  inactiveCooperatives: 15_000,
  umkmActors: 1_000_000,
  programs: 20_000,
  /** Exactly this many: programs come in pairs whose sizes add up to twice the mean. */
  enrollments: 500_000,
} as const;

export const NATIONAL_SOURCE = `${SYNTHETIC_MARK} (national scale seed)`;
export const NATIONAL_OFFICE = 'Kementerian Koperasi (national synthetic data set)';
export const NATIONAL_REPORTED_AT = '2025-12-31T00:00:00Z';

const REGIONAL_AREAS = [REGION.MALUKU, REGION.JAKARTA_UTARA, REGION.TANGSEL];

function isRegionalArea(code: string): boolean {
  return REGIONAL_AREAS.some((area) => code === area || code.startsWith(`${area}.`));
}

let villages: RegionRecord[] | undefined;

/** Every village outside the regional areas, in code order: the places national records are spread over. */
export function nationalVillages(): RegionRecord[] {
  const directory = RegionDirectory.load();
  villages ??= directory
    .provinces()
    .filter((province) => !isRegionalArea(province.code))
    .flatMap((province) => directory.villagesWithin(province.code))
    .filter((village) => !isRegionalArea(village.code));
  return villages;
}

/**
 * Records are laid over the villages in code order, so neighbouring sequence numbers are
 * neighbours on the map: a business's cooperative and a programme's participants are local.
 */
export function villageIndexOf(sequence: number, total: number, villageCount: number): number {
  return Math.floor((sequence * villageCount) / total);
}

export const nationalCooperativeKey = (sequence: number) => `N#C${sequence}`;
export const nationalMerahPutihKey = (villageCode: string) => `N#KDMP-${villageCode}`;
export const nationalUmkmActorKey = (sequence: number) => `N#U${sequence}`;
export const nationalProgramKey = (sequence: number) => `N#P${sequence}`;

export const nationalCooperativeId = (sequence: number) => seedId('cooperative', nationalCooperativeKey(sequence));
export const nationalMerahPutihId = (villageCode: string) => seedId('cooperative', nationalMerahPutihKey(villageCode));
export const nationalUmkmActorId = (sequence: number) => seedId('umkm-actor', nationalUmkmActorKey(sequence));

/** The ordinary cooperative whose place is nearest a village (by sequence). */
export function nationalCooperativeNear(villageIndex: number, villageCount: number): number {
  return Math.min(NATIONAL_SCALE.cooperatives - 1, Math.floor((villageIndex * NATIONAL_SCALE.cooperatives) / villageCount));
}

/**
 * Number of participants of national programme `sequence` and the first business actor among them
 * (participants are consecutive, hence neighbours and distinct).
 */
export function nationalProgramParticipants(sequence: number): { first: number; count: number } {
  const mean = NATIONAL_SCALE.enrollments / NATIONAL_SCALE.programs;
  // Both programmes of a pair share the spread, so the pair adds up to twice the mean (5 to 45 participants).
  const spread = (Math.floor(sequence / 2) * 7) % 21;
  const count = sequence % 2 === 0 ? mean + spread : mean - spread;
  const anchor = Math.floor((sequence * NATIONAL_SCALE.umkmActors) / NATIONAL_SCALE.programs);
  return { first: Math.min(anchor, NATIONAL_SCALE.umkmActors - count), count };
}

/** Consecutive groups of `size` numbers in [0, total), for generating rows batch by batch. */
export function* sequenceBatches(total: number, size: number): Generator<[number, number]> {
  for (let start = 0; start < total; start += size) yield [start, Math.min(total, start + size)];
}

