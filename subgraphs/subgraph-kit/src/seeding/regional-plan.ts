import { RegionDirectory } from '../region/region-directory';
import { seedId } from './seed-id';
import { SYNTHETIC_MARK } from '../provenance/records-origin';

/**
 * The regional data set every subgraph seeds its part of. Each subgraph derives the ids of the
 * others' seeded records from these keys (UUIDv5), so the umkm seed can name a cooperative and the
 * training seed a participant without calling another subgraph.
 */
export const REGION = {
  MALUKU: '81',
  AMBON: '81.71',
  JAKARTA_UTARA: '31.72',
  SUNTER_AGUNG: '31.72.02.1006',
  TANGSEL: '36.74',
} as const;

export interface CooperativePlan {
  code: string;
  office: string;
  reportedAt: string;
  source: string;
  active: number;
  inactive: number;
  dissolved: number;
}

export const OFFICE = {
  tangsel: 'Dinas Koperasi dan UKM Kota Tangerang Selatan',
  jakartaUtara: 'Suku Dinas PPKUKM Kota Administrasi Jakarta Utara',
  ambon: 'Dinas Koperasi dan UKM Kota Ambon',
  maluku: 'Dinas Koperasi dan UKM Provinsi Maluku',
} as const;

export const SYNTHETIC = `${SYNTHETIC_MARK} (regional seed)`;

/** The cooperatives Kota Tangerang Selatan reports as active. */
export const TANGSEL_ACTIVE_COOPERATIVES = 462;

/** Synthetic cooperatives per region; the active ones come first in sequence. Jakarta Utara's 31 KKMP come on top. */
export function cooperativePlans(directory = RegionDirectory.load()): CooperativePlan[] {
  const malukuRegencies = directory
    .children(REGION.MALUKU)
    .filter((regency) => regency.code !== REGION.AMBON)
    .map((regency) => ({
      code: regency.code,
      office: OFFICE.maluku,
      reportedAt: '2023-03-08T00:00:00Z',
      source: `Rakor KUMKM Maluku 2023; ${SYNTHETIC}`,
      active: 6,
      inactive: 1,
      dissolved: 0,
    }));
  return [
    {
      code: REGION.TANGSEL,
      office: OFFICE.tangsel,
      reportedAt: '2024-01-15T00:00:00Z',
      source: `Dinas KUKM Tangsel report, 462 active cooperatives; ${SYNTHETIC}`,
      active: TANGSEL_ACTIVE_COOPERATIVES,
      inactive: 30,
      dissolved: 8,
    },
    {
      code: REGION.JAKARTA_UTARA,
      office: OFFICE.jakartaUtara,
      reportedAt: '2025-09-30T00:00:00Z',
      source: `Sudin PPKUKM Jakarta Utara; ${SYNTHETIC}`,
      active: 50,
      inactive: 8,
      dissolved: 2,
    },
    {
      code: REGION.AMBON,
      office: OFFICE.ambon,
      reportedAt: '2022-11-16T00:00:00Z',
      source: `Dinas KUKM Kota Ambon; ${SYNTHETIC}`,
      active: 48,
      inactive: 6,
      dissolved: 0,
    },
    ...malukuRegencies,
  ];
}

/** Key of the n-th (1-based) synthetic cooperative of a region. */
export function cooperativeKey(regionCode: string, sequence: number): string {
  return `${regionCode}#${String(sequence).padStart(4, '0')}`;
}

/** Key of the Koperasi Kelurahan Merah Putih of a Jakarta Utara kelurahan. */
export function kkmpKey(kelurahanCode: string): string {
  return `${REGION.JAKARTA_UTARA}#KKMP-${kelurahanCode}`;
}

export const seededCooperativeId = (key: string) => seedId('cooperative', key);

/** Synthetic UMKM actors per region. */
export const UMKM_PLAN: ReadonlyArray<{ code: string; actors: number; office: string; reportedAt: string }> = [
  { code: REGION.TANGSEL, actors: 1200, office: OFFICE.tangsel, reportedAt: '2024-01-15T00:00:00Z' },
  { code: REGION.JAKARTA_UTARA, actors: 600, office: OFFICE.jakartaUtara, reportedAt: '2025-09-30T00:00:00Z' },
  { code: REGION.AMBON, actors: 400, office: OFFICE.ambon, reportedAt: '2022-11-16T00:00:00Z' },
];

export function umkmActorKey(regionCode: string, sequence: number): string {
  return `${regionCode}#UMKM-${String(sequence).padStart(5, '0')}`;
}

export const seededUmkmActorId = (key: string) => seedId('umkm-actor', key);
