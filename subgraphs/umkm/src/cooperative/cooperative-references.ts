import type { NaturalKeyField, NaturalKeyLookup } from '@kumkm/subgraph-kit';

/** How a sheet names a member's cooperative: its NIK koperasi, or its legal entity number. */
export interface CooperativeReference {
  nik?: string;
  legalEntityNumber?: string;
}

const BY_NIK: NaturalKeyField = { typename: 'Cooperative', field: 'cooperativeByNik', argument: 'nik' };
const BY_LEGAL_ENTITY_NUMBER: NaturalKeyField = { typename: 'Cooperative', field: 'cooperativeByLegalEntityNumber', argument: 'legalEntityNumber' };

/** The lookup in the cooperatives subgraph that finds the cooperative a sheet names. */
export function cooperativeLookup(reference: CooperativeReference): NaturalKeyLookup {
  return reference.nik ? { by: BY_NIK, value: reference.nik } : { by: BY_LEGAL_ENTITY_NUMBER, value: reference.legalEntityNumber! };
}

export const describeCooperativeReference = (reference: CooperativeReference) => (reference.nik ? `NIK ${reference.nik}` : `legal entity number ${reference.legalEntityNumber}`);
