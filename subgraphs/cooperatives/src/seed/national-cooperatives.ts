import {
  NATIONAL_OFFICE,
  NATIONAL_REPORTED_AT,
  NATIONAL_SCALE,
  NATIONAL_SOURCE,
  nationalCooperativeId,
  nationalMerahPutihId,
  nationalVillages,
  provenanceOf,
  SeededRandom,
  sequenceBatches,
  villageIndexOf,
  type RegionRecord,
} from '@kumkm/subgraph-kit';
import { Cooperative } from '../cooperative/cooperative.entity';
import { CooperativePattern, CooperativeStatus, CooperativeType } from '../cooperative/cooperative.enums';
import { digitsOf, KKMP_ESTABLISHED_ON, lastMeetingYear, NAME_WORDS, TYPE_PREFIX } from './regional-cooperatives';

const BATCH = 5_000;

/** National proportions of the cooperative types (Kemenkop statistics): konsumen, then produsen, simpan pinjam, pemasaran, jasa. */
const NATIONAL_TYPE_WEIGHTS: Array<[CooperativeType, number]> = [
  [CooperativeType.KONSUMEN, 41],
  [CooperativeType.PRODUSEN, 22],
  [CooperativeType.SIMPAN_PINJAM, 18],
  [CooperativeType.PEMASARAN, 10],
  [CooperativeType.JASA, 9],
];

const provenance = () => provenanceOf({ office: NATIONAL_OFFICE, reportedAt: new Date(NATIONAL_REPORTED_AT), source: NATIONAL_SOURCE });

/**
 * Statuses come in the national proportions within every run of STATUS_CYCLE consecutive (hence
 * neighbouring) cooperatives, so every region has some of each and the totals are exact.
 */
const STATUS_CYCLE = 150;
const ACTIVE_PER_CYCLE = (STATUS_CYCLE * NATIONAL_SCALE.activeCooperatives) / NATIONAL_SCALE.cooperatives;
const INACTIVE_PER_CYCLE = (STATUS_CYCLE * NATIONAL_SCALE.inactiveCooperatives) / NATIONAL_SCALE.cooperatives;

function statusOf(sequence: number): CooperativeStatus {
  const place = sequence % STATUS_CYCLE;
  if (place < ACTIVE_PER_CYCLE) return CooperativeStatus.ACTIVE;
  return place < ACTIVE_PER_CYCLE + INACTIVE_PER_CYCLE ? CooperativeStatus.INACTIVE : CooperativeStatus.DISSOLVED;
}

function ordinaryCooperative(sequence: number, village: RegionRecord, random: SeededRandom): Cooperative {
  const status = statusOf(sequence);
  const type = random.weighted(NATIONAL_TYPE_WEIGHTS);
  const pattern = random.next() < 0.1 ? CooperativePattern.SYARIAH : CooperativePattern.KONVENSIONAL;
  const establishedYear = random.integer(1975, 2024);
  const assets = random.integer(20, 50_000) * 1_000_000;
  return Object.assign(new Cooperative(), {
    id: nationalCooperativeId(sequence),
    nik: status === CooperativeStatus.DISSOLVED ? null : `${digitsOf(village.code)}${establishedYear}${String(sequence).padStart(8, '0')}`,
    legalEntityNumber: `AHU-${digitsOf(village.code)}${String(sequence).padStart(6, '0')}.AH.01.26.TAHUN ${establishedYear}`,
    name: `${TYPE_PREFIX[type]}${pattern === CooperativePattern.SYARIAH ? ' Syariah' : ''} ${random.pick(NAME_WORDS)} ${village.name}`,
    type,
    pattern,
    status,
    isMerahPutih: false,
    memberCount: 20 + Math.floor(random.next() ** 3 * 3000),
    establishedOn: `${establishedYear}-${String(random.integer(1, 12)).padStart(2, '0')}-${String(random.integer(1, 28)).padStart(2, '0')}`,
    regionCode: village.code,
    address: `Kelurahan/Desa ${village.name}`,
    assets: String(assets),
    businessVolume: String(Math.round(assets * (0.3 + random.next()))),
    lastAnnualMeetingYear: lastMeetingYear(status, establishedYear, random),
    provenance: provenance(),
  });
}

/** One Koperasi Desa/Kelurahan Merah Putih per village, launched together on 21 July 2025. */
function merahPutihCooperative(village: RegionRecord, random: SeededRandom): Cooperative {
  return Object.assign(new Cooperative(), {
    id: nationalMerahPutihId(village.code),
    nik: null,
    legalEntityNumber: `AHU-KDMP-${village.code}`,
    name: `Koperasi ${village.level === 'KELURAHAN' ? 'Kelurahan' : 'Desa'} Merah Putih ${village.name}`,
    type: CooperativeType.KONSUMEN,
    pattern: CooperativePattern.KONVENSIONAL,
    status: CooperativeStatus.ACTIVE,
    isMerahPutih: true,
    memberCount: random.integer(20, 200),
    establishedOn: KKMP_ESTABLISHED_ON,
    regionCode: village.code,
    address: `Kelurahan/Desa ${village.name}`,
    assets: null,
    businessVolume: null,
    lastAnnualMeetingYear: null,
    provenance: provenance(),
  });
}

export function* nationalCooperativeBatches(): Generator<Cooperative[]> {
  const villages = nationalVillages();
  const random = new SeededRandom(20250721);
  for (const [start, end] of sequenceBatches(NATIONAL_SCALE.cooperatives, BATCH)) {
    const batch: Cooperative[] = [];
    for (let sequence = start; sequence < end; sequence++) {
      batch.push(ordinaryCooperative(sequence, villages[villageIndexOf(sequence, NATIONAL_SCALE.cooperatives, villages.length)], random));
    }
    yield batch;
  }
}

export function* nationalMerahPutihBatches(): Generator<Cooperative[]> {
  const villages = nationalVillages();
  const random = new SeededRandom(20250722);
  for (const [start, end] of sequenceBatches(villages.length, BATCH)) {
    yield villages.slice(start, end).map((village) => merahPutihCooperative(village, random));
  }
}
