import {
  NATIONAL_REPORTED_AT,
  NATIONAL_SCALE,
  NATIONAL_SOURCE,
  nationalCooperativeId,
  nationalCooperativeNear,
  nationalProgramKey,
  nationalProgramParticipants,
  nationalUmkmActorId,
  nationalVillages,
  regencyOf,
  RegionDirectory,
  SeededRandom,
  sequenceBatches,
  villageIndexOf,
} from '@kumkm/subgraph-kit';
import { AttendeeRole, EnrollmentStatus, ParticipantType } from '../enrollment/enrollment.enums';
import { ProgramKind } from '../training-program/program-kind';
import { TrainingSeed, type Participant, type RegionalTrainingData } from './regional-training';

const BATCH = 200;
const FIRST_DAY = Date.UTC(2020, 0, 6);
const DAY_MS = 86_400_000;
/** Six years of programmes, 2020 to 2025. */
const DAYS = 6 * 365;

const TITLES: Array<[string, ProgramKind]> = [
  ['Pelatihan Pemasaran Digital', ProgramKind.TRAINING],
  ['Pelatihan Pembukuan Sederhana', ProgramKind.TRAINING],
  ['Pelatihan Pengemasan Produk', ProgramKind.TRAINING],
  ['Klinik Akses Permodalan', ProgramKind.TRAINING],
  ['Sertifikasi Halal Gratis', ProgramKind.CERTIFICATION],
  ['Sertifikasi Kompetensi Pengelola Koperasi', ProgramKind.CERTIFICATION],
  ['Pelatihan Manajemen Koperasi', ProgramKind.TRAINING],
  ['Rapat Koordinasi KUMKM', ProgramKind.COORDINATION_MEETING],
];

function statusOf(kind: ProgramKind, index: number): EnrollmentStatus {
  if (kind === ProgramKind.CERTIFICATION) return index % 10 < 7 ? EnrollmentStatus.CERTIFIED : index % 10 < 9 ? EnrollmentStatus.COMPLETED : EnrollmentStatus.ATTENDED;
  return index % 8 === 7 ? EnrollmentStatus.REGISTERED : index % 8 === 6 ? EnrollmentStatus.ATTENDED : EnrollmentStatus.COMPLETED;
}

/** Business actors, or for cooperative programmes the pengurus of the ordinary cooperatives nearby: neighbours, never the same twice. */
function participantsOf(title: string, first: number, count: number, villageCount: number): Participant[] {
  if (!title.includes('Koperasi')) {
    return Array.from({ length: count }, (_, index) => ({ type: ParticipantType.UMKM_ACTOR, id: nationalUmkmActorId(first + index), role: AttendeeRole.OWNER }));
  }
  const near = nationalCooperativeNear(villageIndexOf(first, NATIONAL_SCALE.umkmActors, villageCount), villageCount);
  const start = Math.min(near, NATIONAL_SCALE.cooperatives - count);
  return Array.from({ length: count }, (_, index) => ({ type: ParticipantType.COOPERATIVE, id: nationalCooperativeId(start + index), role: AttendeeRole.PENGURUS }));
}

/** Programmes of more than 20 participants run in two waves. */
const wavesOf = (participants: number) => (participants > 20 ? 2 : 1);

export function nationalWaveCount(): number {
  let waves = 0;
  for (let sequence = 0; sequence < NATIONAL_SCALE.programs; sequence++) waves += wavesOf(nationalProgramParticipants(sequence).count);
  return waves;
}

/**
 * The national programmes (20,000, run by the offices of the regencies and cities where their
 * participants are), with one or two waves and exactly 500,000 enrollments in all.
 */
export function* nationalTrainingBatches(directory = RegionDirectory.load()): Generator<RegionalTrainingData> {
  const villages = nationalVillages();
  const random = new SeededRandom(20200106);
  for (const [start, end] of sequenceBatches(NATIONAL_SCALE.programs, BATCH)) {
    const seed = new TrainingSeed();
    for (let sequence = start; sequence < end; sequence++) {
      const { first, count } = nationalProgramParticipants(sequence);
      const village = villages[villageIndexOf(first, NATIONAL_SCALE.umkmActors, villages.length)];
      const regency = directory.find(regencyOf(village.code));
      const [title, kind] = random.pick(TITLES);
      const startsOn = new Date(FIRST_DAY + ((sequence * 7919) % DAYS) * DAY_MS).toISOString().slice(0, 10);
      const office = `Dinas Koperasi dan UKM ${regency?.name ?? village.code}`;
      const program = seed.program(
        nationalProgramKey(sequence),
        {
          title: `${title} ${regency?.name ?? ''}`.trim(),
          kind,
          organizer: office,
          regionCode: regencyOf(village.code),
          venue: `Aula Kecamatan, ${village.name}`,
          startsOn,
          endsOn: null,
          topics: [title.toLowerCase()],
          audience: title.includes('Koperasi') ? 'Pengurus of cooperatives' : 'UMKM actors',
          notes: null,
        },
        { office, reportedAt: new Date(NATIONAL_REPORTED_AT), source: NATIONAL_SOURCE },
      );
      const participants = participantsOf(title, first, count, villages.length);
      const waves = wavesOf(count);
      const perWave = Math.ceil(count / waves);
      for (let number = 1; number <= waves; number++) {
        const wave = seed.wave(program, { number, heldOn: startsOn, venue: program.venue, target: perWave, capacity: perWave + 10 });
        const members = participants.slice((number - 1) * perWave, number * perWave);
        seed.enroll(program, wave, members, (index) => statusOf(kind, (number - 1) * perWave + index));
      }
    }
    yield seed.data;
  }
}
