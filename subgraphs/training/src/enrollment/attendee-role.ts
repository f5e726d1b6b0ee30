import { AttendeeRole, ParticipantType } from './enrollment.enums';

/** A business actor is represented by its owner; a cooperative by a pengurus (the default) or a pengawas. */
export function defaultAttendeeRole(type: ParticipantType): AttendeeRole {
  return type === ParticipantType.UMKM_ACTOR ? AttendeeRole.OWNER : AttendeeRole.PENGURUS;
}

/** Why a role cannot attend for a participant of this type; undefined when it can. */
export function attendeeRoleProblem(type: ParticipantType, role: AttendeeRole): string | undefined {
  if (type === ParticipantType.UMKM_ACTOR && role !== AttendeeRole.OWNER) return 'A business actor attends through its OWNER';
  if (type === ParticipantType.COOPERATIVE && role === AttendeeRole.OWNER) return 'A cooperative attends through a PENGURUS or a PENGAWAS';
  return undefined;
}
