import { registerEnumType } from 'type-graphql';

export enum ProgramKind {
  TRAINING = 'TRAINING',
  CERTIFICATION = 'CERTIFICATION',
  COORDINATION_MEETING = 'COORDINATION_MEETING',
}

registerEnumType(ProgramKind, {
  name: 'ProgramKind',
  description: 'What kind of programme a regional office runs.',
  valuesConfig: {
    TRAINING: { description: 'Training (pelatihan).' },
    CERTIFICATION: { description: 'Training with competency certification (pelatihan dan sertifikasi); participants may be certified.' },
    COORDINATION_MEETING: { description: 'Coordination meeting (rapat koordinasi, e.g. Rakor KUMKM).' },
  },
});
