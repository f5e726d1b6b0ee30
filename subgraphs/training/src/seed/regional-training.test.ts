import { REGION } from '@kumkm/subgraph-kit';
import { AttendeeRole, ParticipantType } from '../enrollment/enrollment.enums';
import { ProgramKind } from '../training-program/program-kind';
import { buildRegionalTraining, TANGSEL_WAVE_1_PARTICIPANTS, TANGSEL_WAVE_2_TARGET } from './regional-training';

describe('regional training data', () => {
  const data = buildRegionalTraining();
  const programOn = (date: string) => data.programs.find((program) => program.startsOn === date)!;
  const enrollmentsOf = (programId: string) => data.enrollments.filter((enrollment) => enrollment.programId === programId);

  it('has Tangsel\'s certification of 15 January 2024: wave 1 with 382 participants, wave 2 at Balaikota targeting 400', () => {
    const program = programOn('2024-01-15');
    expect(program.kind).toBe(ProgramKind.CERTIFICATION);
    const [wave1, wave2] = data.waves.filter((wave) => wave.programId === program.id).sort((a, b) => a.number - b.number);
    expect(data.enrollments.filter((enrollment) => enrollment.waveId === wave1.id)).toHaveLength(TANGSEL_WAVE_1_PARTICIPANTS);
    expect(wave2).toMatchObject({ venue: 'Balaikota Tangsel', target: TANGSEL_WAVE_2_TARGET });
  });

  it('has Ambon\'s training of 30 UKM and 20 cooperatives on 16 November 2022', () => {
    const enrollments = enrollmentsOf(programOn('2022-11-16').id);
    expect(enrollments.filter((enrollment) => enrollment.participantType === ParticipantType.UMKM_ACTOR)).toHaveLength(30);
    expect(enrollments.filter((enrollment) => enrollment.participantType === ParticipantType.COOPERATIVE)).toHaveLength(20);
  });

  it('has Maluku\'s Rakor KUMKM of 8–9 March 2023 at Hotel Santika Ambon', () => {
    expect(programOn('2023-03-08')).toMatchObject({ kind: ProgramKind.COORDINATION_MEETING, endsOn: '2023-03-09', venue: 'Hotel Santika Ambon', regionCode: REGION.AMBON });
  });

  it('has the 62 pengurus and pengawas of Jakarta Utara\'s 31 KKMP', () => {
    const program = data.programs.find((candidate) => candidate.regionCode === REGION.JAKARTA_UTARA && candidate.title.includes('Merah Putih'))!;
    const enrollments = enrollmentsOf(program.id);
    expect(enrollments).toHaveLength(62);
    expect(new Set(enrollments.map((enrollment) => enrollment.participantId)).size).toBe(31);
    expect(enrollments.filter((enrollment) => enrollment.attendeeRole === AttendeeRole.PENGAWAS)).toHaveLength(31);
  });

  it('never enrolls the same participant twice in one role, and is deterministic', () => {
    const keys = data.enrollments.map((e) => `${e.programId}|${e.participantType}|${e.participantId}|${e.attendeeRole}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(buildRegionalTraining().enrollments.map((e) => e.id)).toEqual(data.enrollments.map((e) => e.id));
  });
});
