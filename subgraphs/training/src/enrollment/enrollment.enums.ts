import { registerEnumType } from 'type-graphql';

export enum EnrollmentStatus {
  REGISTERED = 'REGISTERED',
  ATTENDED = 'ATTENDED',
  COMPLETED = 'COMPLETED',
  CERTIFIED = 'CERTIFIED',
}

export enum ParticipantType {
  COOPERATIVE = 'COOPERATIVE',
  UMKM_ACTOR = 'UMKM_ACTOR',
}

export enum AttendeeRole {
  OWNER = 'OWNER',
  PENGURUS = 'PENGURUS',
  PENGAWAS = 'PENGAWAS',
}

registerEnumType(EnrollmentStatus, {
  name: 'EnrollmentStatus',
  description: 'How far a participant got in a programme; it only moves forward.',
  valuesConfig: {
    REGISTERED: { description: 'Enrolled.' },
    ATTENDED: { description: 'Attended.' },
    COMPLETED: { description: 'Completed the programme.' },
    CERTIFIED: { description: 'Certified (certification programmes), with a certificate number.' },
  },
});

registerEnumType(ParticipantType, {
  name: 'ParticipantType',
  description: 'Whether the participant is a cooperative (its officers attend) or a business actor.',
  valuesConfig: {
    COOPERATIVE: { description: 'A cooperative, represented by an officer.' },
    UMKM_ACTOR: { description: 'A business actor (UMKM), represented by its owner.' },
  },
});

registerEnumType(AttendeeRole, {
  name: 'AttendeeRole',
  description: 'Who attends for the participant.',
  valuesConfig: {
    OWNER: { description: 'The owner of a business actor.' },
    PENGURUS: { description: 'A member of a cooperative\'s management board (pengurus).' },
    PENGAWAS: { description: 'A member of a cooperative\'s supervisory board (pengawas).' },
  },
});
