import type { NaturalKeyField, NaturalKeyLookup } from '@kumkm/subgraph-kit';
import { ParticipantType } from '../enrollment/enrollment.enums';

/** How a sheet names a participant: a business actor by its NIB, a cooperative by its NIK koperasi. */
export interface ParticipantReference {
  type: ParticipantType;
  number: string;
}

const LOOKUP_FIELD: Record<ParticipantType, NaturalKeyField> = {
  [ParticipantType.UMKM_ACTOR]: { typename: 'UmkmActor', field: 'umkmActorByNib', argument: 'nib' },
  [ParticipantType.COOPERATIVE]: { typename: 'Cooperative', field: 'cooperativeByNik', argument: 'nik' },
};

/** The lookup in the participant's own subgraph (umkm or cooperatives) that finds it. */
export function participantLookup(reference: ParticipantReference): NaturalKeyLookup {
  return { by: LOOKUP_FIELD[reference.type], value: reference.number };
}

export function describeParticipant(reference: ParticipantReference): string {
  return reference.type === ParticipantType.UMKM_ACTOR ? `No business actor has NIB ${reference.number}` : `No cooperative has NIK ${reference.number}`;
}
