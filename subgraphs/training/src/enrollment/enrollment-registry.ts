import {
  assertCanWrite,
  assertId,
  assertNotInFuture,
  badUserInput,
  conflict,
  findForUpdate,
  newId,
  notFound,
  reportedNow,
  writeTransaction,
  type EntityOwners,
  type Viewer,
} from '@kumkm/subgraph-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { ProgramKind } from '../training-program/program-kind';
import { TrainingProgram } from '../training-program/training-program.entity';
import { TrainingWave } from '../wave/training-wave.entity';
import { attendeeRoleProblem, defaultAttendeeRole } from './attendee-role';
import { Enrollment } from './enrollment.entity';
import { AttendeeRole, EnrollmentStatus, ParticipantType } from './enrollment.enums';
import type { CertifyParticipantInput, EnrollParticipantInput } from './enrollment.inputs';

const OWNER_TYPE: Record<ParticipantType, string> = {
  [ParticipantType.COOPERATIVE]: 'Cooperative',
  [ParticipantType.UMKM_ACTOR]: 'UmkmActor',
};

function attendeeRoleFor(type: ParticipantType, requested: AttendeeRole | undefined | null): AttendeeRole {
  const role = requested ?? defaultAttendeeRole(type);
  const problem = attendeeRoleProblem(type, role);
  if (problem) throw badUserInput(problem, { argument: 'input.attendeeRole' });
  return role;
}

async function assertWaveHasRoom(manager: EntityManager, programId: string, waveId: string): Promise<void> {
  // Locked until commit: two enrollments cannot both take the last place.
  const wave = await findForUpdate(manager, TrainingWave, { id: waveId });
  if (!wave || wave.programId !== programId) throw badUserInput(`Wave "${waveId}" is not a wave of this programme`, { argument: 'input.waveId' });
  if (wave.capacity === null) return;
  const taken = await manager.countBy(Enrollment, { waveId });
  if (taken >= wave.capacity) throw conflict(`Wave ${wave.number} is full: all ${wave.capacity} places are taken`, { capacity: wave.capacity });
}

/** Enrolls a participant: refuses an unknown participant, a duplicate and a full wave, and writes nothing then. */
export async function enrollParticipant(db: DataSource, owners: EntityOwners, viewer: Viewer, input: EnrollParticipantInput): Promise<Enrollment> {
  const programId = assertId(input.programId, 'programme', 'input.programId');
  const waveId = input.waveId ? assertId(input.waveId, 'wave', 'input.waveId') : null;
  const participantId = assertId(input.participant.id, 'participant', 'input.participant.id');
  const attendeeRole = attendeeRoleFor(input.participant.type, input.attendeeRole);
  const ownerType = OWNER_TYPE[input.participant.type];
  if (!(await owners.exists(ownerType, participantId))) {
    throw notFound(`No ${ownerType === 'Cooperative' ? 'cooperative' : 'business actor'} has the id "${participantId}"`, { argument: 'input.participant.id' });
  }
  const duplicate = 'This participant is already enrolled in this programme in that role';
  return writeTransaction(db, duplicate, async (manager) => {
    const program = await manager.findOneBy(TrainingProgram, { id: programId });
    if (!program) throw notFound(`No programme has the id "${programId}"`, { argument: 'input.programId' });
    assertCanWrite(viewer, program.regionCode);
    if (waveId) await assertWaveHasRoom(manager, programId, waveId);
    if (await manager.existsBy(Enrollment, { programId, participantType: input.participant.type, participantId, attendeeRole })) throw conflict(duplicate);
    const enrollment = manager.create(Enrollment, {
      id: newId(),
      programId,
      waveId,
      participantType: input.participant.type,
      participantId,
      attendeeRole,
      status: EnrollmentStatus.REGISTERED,
      certificateNumber: null,
      certifiedOn: null,
      provenance: reportedNow(input.reportingOffice),
    });
    await manager.insert(Enrollment, enrollment);
    return enrollment;
  });
}

/** Moves an enrollment one step forward (REGISTERED → ATTENDED → COMPLETED → CERTIFIED); never back, never skipping. */
export async function advanceEnrollment(
  db: DataSource,
  viewer: Viewer,
  enrollmentId: string,
  to: EnrollmentStatus,
  certificate?: CertifyParticipantInput,
): Promise<Enrollment> {
  const id = assertId(enrollmentId, 'enrollment', 'enrollmentId');
  const order = Object.values(EnrollmentStatus);
  if (certificate) assertNotInFuture(certificate.certifiedOn, 'input.certifiedOn');
  return writeTransaction(db, 'Another enrollment already has this certificate number', async (manager) => {
    const enrollment = await manager.findOneBy(Enrollment, { id });
    if (!enrollment) throw notFound(`No enrollment has the id "${id}"`, { argument: 'enrollmentId' });
    const program = await manager.findOneByOrFail(TrainingProgram, { id: enrollment.programId });
    assertCanWrite(viewer, program.regionCode);
    const expected = order[order.indexOf(to) - 1];
    if (enrollment.status !== expected) {
      throw conflict(`The enrollment is ${enrollment.status}; it can become ${to} only from ${expected}`, { status: enrollment.status });
    }
    if (to === EnrollmentStatus.CERTIFIED) {
      if (program.kind !== ProgramKind.CERTIFICATION) throw conflict(`"${program.title}" is not a certification programme`);
    }
    await manager.update(Enrollment, { id }, { status: to, ...(certificate ?? {}) });
    return manager.findOneByOrFail(Enrollment, { id });
  });
}
