import {
  cooperativeKey,
  kkmpKey,
  OFFICE,
  REGION,
  RegionDirectory,
  SeededRandom,
  seededCooperativeId,
  seededUmkmActorId,
  seedId,
  SYNTHETIC,
  umkmActorKey,
  provenanceOf,
} from '@kumkm/subgraph-kit';
import { Enrollment } from '../enrollment/enrollment.entity';
import { AttendeeRole, EnrollmentStatus, ParticipantType } from '../enrollment/enrollment.enums';
import { ProgramKind } from '../training-program/program-kind';
import { TrainingProgram } from '../training-program/training-program.entity';
import { TrainingWave } from '../wave/training-wave.entity';

/** The programmes of the regional reports, with their participants drawn from the seeded cooperatives and business actors. */
export interface RegionalTrainingData {
  programs: TrainingProgram[];
  waves: TrainingWave[];
  enrollments: Enrollment[];
}

export const TANGSEL_WAVE_1_PARTICIPANTS = 382;
export const TANGSEL_WAVE_2_TARGET = 400;

export interface Participant {
  type: ParticipantType;
  id: string;
  role: AttendeeRole;
}

const umkmOf = (region: string, count: number): Participant[] =>
  Array.from({ length: count }, (_, index) => ({ type: ParticipantType.UMKM_ACTOR, id: seededUmkmActorId(umkmActorKey(region, index + 1)), role: AttendeeRole.OWNER }));

const cooperativesOf = (region: string, count: number, role = AttendeeRole.PENGURUS): Participant[] =>
  Array.from({ length: count }, (_, index) => ({ type: ParticipantType.COOPERATIVE, id: seededCooperativeId(cooperativeKey(region, index + 1)), role }));

export class TrainingSeed {
  readonly data: RegionalTrainingData = { programs: [], waves: [], enrollments: [] };

  program(key: string, fields: Omit<TrainingProgram, 'id' | 'createdAt' | 'updatedAt' | 'provenance'>, provenance: Parameters<typeof provenanceOf>[0]): TrainingProgram {
    const program = Object.assign(new TrainingProgram(), { id: seedId('training-program', key), ...fields, provenance: provenanceOf(provenance) });
    this.data.programs.push(program);
    return program;
  }

  wave(program: TrainingProgram, fields: Pick<TrainingWave, 'number' | 'heldOn' | 'venue' | 'target' | 'capacity'>): TrainingWave {
    const wave = Object.assign(new TrainingWave(), { id: seedId('training-wave', `${program.id}#${fields.number}`), programId: program.id, ...fields });
    this.data.waves.push(wave);
    return wave;
  }

  enroll(program: TrainingProgram, wave: TrainingWave | null, participants: Participant[], statusOf: (index: number) => EnrollmentStatus): void {
    participants.forEach((participant, index) => {
      const status = statusOf(index);
      const id = seedId('enrollment', `${program.id}#${participant.type}#${participant.id}#${participant.role}`);
      this.data.enrollments.push(
        Object.assign(new Enrollment(), {
          id,
          programId: program.id,
          waveId: wave?.id ?? null,
          participantType: participant.type,
          participantId: participant.id,
          attendeeRole: participant.role,
          status,
          certificateNumber: status === EnrollmentStatus.CERTIFIED ? `SERT/${program.startsOn.slice(0, 4)}/${String(index + 1).padStart(4, '0')}-${id.slice(0, 13)}` : null,
          certifiedOn: status === EnrollmentStatus.CERTIFIED ? program.startsOn : null,
          provenance: program.provenance,
        }),
      );
    });
  }
}

function tangselCertification(seed: TrainingSeed): void {
  const program = seed.program(
    'tangsel-2024-manajemen-usaha',
    {
      title: 'Pelatihan dan Sertifikasi Manajemen Usaha yang Sukses',
      kind: ProgramKind.CERTIFICATION,
      organizer: OFFICE.tangsel,
      regionCode: REGION.TANGSEL,
      venue: 'Aula Blandongan Puspemkot Tangsel',
      startsOn: '2024-01-15',
      endsOn: null,
      topics: ['successful business management', 'certification'],
      audience: 'UMKM and cooperative actors of Kota Tangerang Selatan',
      notes: 'Wave 1 on Monday 15 January 2024; wave 2 at Balaikota Tangsel, date not yet reported.',
    },
    { office: OFFICE.tangsel, reportedAt: new Date('2024-01-15T00:00:00Z'), source: 'Dinas KUKM Tangsel report of 15 January 2024' },
  );
  const wave1 = seed.wave(program, { number: 1, heldOn: '2024-01-15', venue: 'Aula Blandongan Puspemkot Tangsel', target: null, capacity: null });
  seed.wave(program, { number: 2, heldOn: null, venue: 'Balaikota Tangsel', target: TANGSEL_WAVE_2_TARGET, capacity: TANGSEL_WAVE_2_TARGET });
  // 382 in all: business owners and the pengurus of active cooperatives (who came is synthetic; the total is reported).
  const participants = [...umkmOf(REGION.TANGSEL, 300), ...cooperativesOf(REGION.TANGSEL, TANGSEL_WAVE_1_PARTICIPANTS - 300)];
  seed.enroll(program, wave1, participants, (index) =>
    index % 10 === 9 ? EnrollmentStatus.COMPLETED : index % 25 === 24 ? EnrollmentStatus.ATTENDED : EnrollmentStatus.CERTIFIED,
  );
}

function ambonTraining(seed: TrainingSeed): void {
  const program = seed.program(
    'ambon-2022-manajemen-koperasi',
    {
      title: 'Pelatihan Manajemen Koperasi serta Kreativitas dan Promosi Produk',
      kind: ProgramKind.TRAINING,
      organizer: OFFICE.ambon,
      regionCode: REGION.AMBON,
      venue: null,
      startsOn: '2022-11-16',
      endsOn: '2022-11-16',
      topics: ['cooperative management', 'product creativity', 'product promotion'],
      audience: '30 UKM and 20 cooperatives of Kota Ambon',
      notes: 'Opened by the Sekretaris Kota Ambon on Wednesday 16 November 2022.',
    },
    { office: OFFICE.ambon, reportedAt: new Date('2022-11-16T00:00:00Z'), source: 'Dinas KUKM Kota Ambon report of 16 November 2022' },
  );
  seed.enroll(program, null, [...umkmOf(REGION.AMBON, 30), ...cooperativesOf(REGION.AMBON, 20)], () => EnrollmentStatus.COMPLETED);
}

function malukuRakor(seed: TrainingSeed): void {
  seed.program(
    'maluku-2023-rakor-kumkm',
    {
      title: 'Rapat Koordinasi KUMKM Provinsi Maluku (perencanaan pusat dan daerah)',
      kind: ProgramKind.COORDINATION_MEETING,
      organizer: OFFICE.maluku,
      regionCode: REGION.AMBON,
      venue: 'Hotel Santika Ambon',
      startsOn: '2023-03-08',
      endsOn: '2023-03-09',
      topics: ['central and regional planning for cooperatives and UMKM'],
      audience: 'Dinas KUKM of every city and regency of Maluku',
      notes: null,
    },
    { office: OFFICE.maluku, reportedAt: new Date('2023-03-09T00:00:00Z'), source: 'Dinas KUKM Provinsi Maluku report, March 2023' },
  );
}

function jakartaUtaraKkmp(seed: TrainingSeed, directory: RegionDirectory): void {
  const program = seed.program(
    'jakut-2025-kkmp-pengurus-pengawas',
    {
      title: 'Pelatihan Pengurus dan Pengawas Koperasi Kelurahan Merah Putih',
      kind: ProgramKind.TRAINING,
      organizer: OFFICE.jakartaUtara,
      regionCode: REGION.JAKARTA_UTARA,
      venue: 'Kantor Walikota Jakarta Utara',
      startsOn: '2025-10-01',
      endsOn: null,
      topics: ['business development', 'institutional strengthening', 'capital', 'business proposals'],
      audience: 'Pengurus and pengawas of the 31 KKMP of Jakarta Utara',
      notes: 'The report gives the year (2025) but not the day; recorded as 1 October 2025.',
    },
    { office: OFFICE.jakartaUtara, reportedAt: new Date('2025-10-01T00:00:00Z'), source: 'Sudin PPKUKM Jakarta Utara report, 2025' },
  );
  // 62 trained: one pengurus and one pengawas from each of the 31 KKMP.
  const participants = directory.villagesWithin(REGION.JAKARTA_UTARA).flatMap((kelurahan) =>
    [AttendeeRole.PENGURUS, AttendeeRole.PENGAWAS].map((role) => ({ type: ParticipantType.COOPERATIVE, id: seededCooperativeId(kkmpKey(kelurahan.code)), role })),
  );
  seed.enroll(program, null, participants, () => EnrollmentStatus.COMPLETED);
}

/** A few smaller synthetic programmes per city, so every summary has more to count. */
function syntheticPrograms(seed: TrainingSeed, random: SeededRandom): void {
  const cities = [
    { code: REGION.TANGSEL, office: OFFICE.tangsel, actors: 1200 },
    { code: REGION.JAKARTA_UTARA, office: OFFICE.jakartaUtara, actors: 600 },
    { code: REGION.AMBON, office: OFFICE.ambon, actors: 400 },
  ];
  const titles = ['Pelatihan Pemasaran Digital', 'Pelatihan Pembukuan Sederhana', 'Sertifikasi Halal Gratis', 'Pelatihan Pengemasan Produk', 'Klinik Akses Permodalan'];
  for (const city of cities) {
    titles.forEach((title, index) => {
      const year = 2022 + (index % 4);
      const program = seed.program(
        `${city.code}-synthetic-${index + 1}`,
        {
          title,
          kind: title.startsWith('Sertifikasi') ? ProgramKind.CERTIFICATION : ProgramKind.TRAINING,
          organizer: city.office,
          regionCode: city.code,
          venue: null,
          startsOn: `${year}-${String(random.integer(2, 11)).padStart(2, '0')}-${String(random.integer(1, 28)).padStart(2, '0')}`,
          endsOn: null,
          topics: [title.toLowerCase()],
          audience: 'UMKM actors',
          notes: null,
        },
        { office: city.office, reportedAt: new Date(`${year}-12-31T00:00:00Z`), source: SYNTHETIC },
      );
      const first = random.integer(301, city.actors - 40);
      const participants = umkmOf(city.code, first + random.integer(10, 30)).slice(first);
      seed.enroll(program, null, participants, () => random.weighted([[EnrollmentStatus.COMPLETED, 6], [EnrollmentStatus.ATTENDED, 2], [EnrollmentStatus.REGISTERED, 1]]));
    });
  }
}

export function buildRegionalTraining(directory = RegionDirectory.load()): RegionalTrainingData {
  const seed = new TrainingSeed();
  tangselCertification(seed);
  ambonTraining(seed);
  malukuRakor(seed);
  jakartaUtaraKkmp(seed, directory);
  syntheticPrograms(seed, new SeededRandom(20230308));
  return seed.data;
}
