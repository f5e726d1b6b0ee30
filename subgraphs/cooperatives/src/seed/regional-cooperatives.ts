import {
  cooperativeKey,
  cooperativePlans,
  kkmpKey,
  OFFICE,
  REGION,
  RegionDirectory,
  SeededRandom,
  seedId,
  type CooperativePlan,
  type RegionRecord,
  provenanceOf,
} from '@kumkm/subgraph-kit';
import { AnnualMeeting } from '../annual-meeting/annual-meeting.entity';
import { Cooperative } from '../cooperative/cooperative.entity';
import { CooperativePattern, CooperativeStatus, CooperativeType } from '../cooperative/cooperative.enums';
import { HealthRating } from '../health-rating/health-rating.entity';
import { Officer, OfficerPosition } from '../officer/officer.entity';

/**
 * The regional data set of DOMAIN.md. Totals and named records come from the offices' public
 * reports; the individual cooperatives behind those totals are synthetic (deterministic) and say so
 * in their provenance.
 */
export interface RegionalCooperativeData {
  cooperatives: Cooperative[];
  officers: Officer[];
  annualMeetings: AnnualMeeting[];
  healthRatings: HealthRating[];
}

export const SUNTER_AGUNG_KKMP_MEMBERS = 175;
/** KKMP were launched nationally on 21 July 2025. */
export const KKMP_ESTABLISHED_ON = '2025-07-21';

const TYPE_WEIGHTS: Array<[CooperativeType, number]> = [
  [CooperativeType.SIMPAN_PINJAM, 35],
  [CooperativeType.KONSUMEN, 25],
  [CooperativeType.JASA, 18],
  [CooperativeType.PRODUSEN, 12],
  [CooperativeType.PEMASARAN, 10],
];

export const TYPE_PREFIX: Record<CooperativeType, string> = {
  SIMPAN_PINJAM: 'Koperasi Simpan Pinjam',
  KONSUMEN: 'Koperasi Konsumen',
  PRODUSEN: 'Koperasi Produsen',
  PEMASARAN: 'Koperasi Pemasaran',
  JASA: 'Koperasi Jasa',
};

export const NAME_WORDS = [
  'Maju Bersama', 'Sejahtera', 'Mitra Usaha', 'Karya Mandiri', 'Harapan Jaya', 'Berkah', 'Sumber Rezeki', 'Bina Usaha',
  'Setia Kawan', 'Makmur', 'Amanah', 'Cahaya', 'Gotong Royong', 'Tunas Harapan', 'Bakti', 'Sinar Pagi',
];
const FIRST_NAMES = ['Siti', 'Ahmad', 'Dewi', 'Budi', 'Rina', 'Agus', 'Nur', 'Hendra', 'Maria', 'Johanis', 'Fransina', 'Yusuf', 'Sri', 'Rudi', 'Lestari', 'Daniel'];
const LAST_NAMES = ['Rahmawati', 'Santoso', 'Wijaya', 'Latuconsina', 'Pattiasina', 'Siregar', 'Hidayat', 'Kusuma', 'Tuhumury', 'Saputra', 'Lestaluhu', 'Nugroho'];

export function digitsOf(code: string): string {
  return code.replace(/\./g, '').slice(0, 4);
}

function synthesize(plan: CooperativePlan, directory: RegionDirectory, random: SeededRandom, data: RegionalCooperativeData): void {
  const villages = directory.villagesWithin(plan.code);
  const statuses = [
    ...Array<CooperativeStatus>(plan.active).fill(CooperativeStatus.ACTIVE),
    ...Array<CooperativeStatus>(plan.inactive).fill(CooperativeStatus.INACTIVE),
    ...Array<CooperativeStatus>(plan.dissolved).fill(CooperativeStatus.DISSOLVED),
  ];
  statuses.forEach((status, index) => {
    const sequence = index + 1;
    const village = villages[index % villages.length];
    const type = random.weighted(TYPE_WEIGHTS);
    const pattern = random.next() < 0.12 ? CooperativePattern.SYARIAH : CooperativePattern.KONVENSIONAL;
    const establishedYear = random.integer(1990, 2023);
    const lastMeeting = lastMeetingYear(status, establishedYear, random);
    const name = `${TYPE_PREFIX[type]}${pattern === CooperativePattern.SYARIAH ? ' Syariah' : ''} ${random.pick(NAME_WORDS)} ${village.name}`;
    addCooperative(data, random, plan, {
      key: cooperativeKey(plan.code, sequence),
      nik: status === CooperativeStatus.DISSOLVED ? null : `${digitsOf(plan.code)}${establishedYear}${String(sequence).padStart(8, '0')}`,
      legalEntityNumber:
        establishedYear >= 2013
          ? `AHU-${digitsOf(plan.code)}${String(sequence).padStart(4, '0')}.AH.01.26.TAHUN ${establishedYear}`
          : `${sequence}/BH/${digitsOf(plan.code)}/${establishedYear}`,
      name,
      type,
      pattern,
      status,
      isMerahPutih: false,
      memberCount: 20 + Math.floor(random.next() ** 2 * 460),
      establishedOn: `${establishedYear}-${String(random.integer(1, 12)).padStart(2, '0')}-${String(random.integer(1, 28)).padStart(2, '0')}`,
      village,
      lastAnnualMeetingYear: lastMeeting,
    });
  });
}

export function lastMeetingYear(status: CooperativeStatus, establishedYear: number, random: SeededRandom): number | null {
  const year =
    status === CooperativeStatus.ACTIVE
      ? random.weighted<number | null>([[2026, 55], [2025, 25], [2024, 8], [2023, 5], [null, 7]])
      : random.weighted<number | null>([[2019, 30], [2017, 30], [2015, 20], [null, 20]]);
  return year !== null && year > establishedYear ? year : null;
}

interface CooperativeSeed {
  key: string;
  nik: string | null;
  legalEntityNumber: string;
  name: string;
  type: CooperativeType;
  pattern: CooperativePattern;
  status: CooperativeStatus;
  isMerahPutih: boolean;
  memberCount: number;
  establishedOn: string;
  village: RegionRecord;
  lastAnnualMeetingYear: number | null;
}

function addCooperative(data: RegionalCooperativeData, random: SeededRandom, plan: CooperativePlan, seed: CooperativeSeed): void {
  const id = seedId('cooperative', seed.key);
  const provenance = provenanceOf({ office: plan.office, reportedAt: new Date(plan.reportedAt), source: plan.source });
  const assets = random.integer(50, 20_000) * 1_000_000;
  data.cooperatives.push(
    Object.assign(new Cooperative(), {
      id,
      nik: seed.nik,
      legalEntityNumber: seed.legalEntityNumber,
      name: seed.name,
      type: seed.type,
      pattern: seed.pattern,
      status: seed.status,
      isMerahPutih: seed.isMerahPutih,
      memberCount: seed.memberCount,
      establishedOn: seed.establishedOn,
      regionCode: seed.village.code,
      address: `Kelurahan/Desa ${seed.village.name}`,
      assets: String(assets),
      businessVolume: String(Math.round(assets * (0.3 + random.next()))),
      lastAnnualMeetingYear: seed.lastAnnualMeetingYear,
      provenance,
    }),
  );
  const termStartYear = Math.max(Number(seed.establishedOn.slice(0, 4)), 2021);
  for (const position of Object.values(OfficerPosition)) {
    data.officers.push(
      Object.assign(new Officer(), {
        id: seedId('officer', `${seed.key}#${position}`),
        cooperativeId: id,
        fullName: `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`,
        position,
        termStartYear,
        termEndYear: termStartYear + 4,
      }),
    );
  }
  if (seed.lastAnnualMeetingYear !== null) {
    const firstYear = Math.max(Number(seed.establishedOn.slice(0, 4)) + 1, seed.lastAnnualMeetingYear - 2);
    for (let year = firstYear; year <= seed.lastAnnualMeetingYear; year++) {
      data.annualMeetings.push(
        Object.assign(new AnnualMeeting(), {
          id: seedId('annual-meeting', `${seed.key}#${year}`),
          cooperativeId: id,
          fiscalYear: year - 1,
          heldOn: `${year}-${String(random.integer(2, 6)).padStart(2, '0')}-${String(random.integer(1, 28)).padStart(2, '0')}`,
          attendance: Math.round(seed.memberCount * (0.4 + random.next() * 0.4)),
          provenance,
        }),
      );
    }
  }
  if (seed.type === CooperativeType.SIMPAN_PINJAM && seed.status === CooperativeStatus.ACTIVE) {
    data.healthRatings.push(
      Object.assign(new HealthRating(), {
        id: seedId('health-rating', `${seed.key}#2024`),
        cooperativeId: id,
        year: 2024,
        score: random.integer(4000, 9800) / 100,
        provenance,
      }),
    );
  }
}

/** One Koperasi Kelurahan Merah Putih in each of Jakarta Utara's 31 kelurahan. */
function kkmpJakartaUtara(directory: RegionDirectory, random: SeededRandom, data: RegionalCooperativeData): void {
  const plan: CooperativePlan = {
    code: REGION.JAKARTA_UTARA,
    office: OFFICE.jakartaUtara,
    reportedAt: '2025-09-30T00:00:00Z',
    source: 'Sudin PPKUKM Jakarta Utara, KKMP pengurus and pengawas training 2025',
    active: 31,
    inactive: 0,
    dissolved: 0,
  };
  directory.villagesWithin(REGION.JAKARTA_UTARA).forEach((kelurahan, index) => {
    addCooperative(data, random, plan, {
      key: kkmpKey(kelurahan.code),
      nik: `3172${2025}${String(900 + index).padStart(8, '0')}`,
      legalEntityNumber: `AHU-3172${String(900 + index).padStart(4, '0')}.AH.01.29.TAHUN 2025`,
      name: `Koperasi Kelurahan Merah Putih ${kelurahan.name}`,
      // KKMP run village shops, pharmacies and savings units; registered here as consumer cooperatives.
      type: CooperativeType.KONSUMEN,
      pattern: CooperativePattern.KONVENSIONAL,
      status: CooperativeStatus.ACTIVE,
      isMerahPutih: true,
      memberCount: kelurahan.code === REGION.SUNTER_AGUNG ? SUNTER_AGUNG_KKMP_MEMBERS : random.integer(40, 260),
      establishedOn: KKMP_ESTABLISHED_ON,
      village: kelurahan,
      lastAnnualMeetingYear: null,
    });
  });
}

export function buildRegionalCooperatives(directory = RegionDirectory.load()): RegionalCooperativeData {
  const random = new SeededRandom(20240115);
  const data: RegionalCooperativeData = { cooperatives: [], officers: [], annualMeetings: [], healthRatings: [] };
  kkmpJakartaUtara(directory, random, data);
  for (const plan of cooperativePlans(directory)) synthesize(plan, directory, random, data);
  return data;
}
