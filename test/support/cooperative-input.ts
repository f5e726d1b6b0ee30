/** A RegisterCooperativeInput of a consumer cooperative in a Tangerang Selatan village, unique by its legal entity number. */
export function tangselCooperativeInput(legalEntityNumber: string, name: string): Record<string, unknown> {
  return {
    legalEntityNumber,
    name,
    type: 'KONSUMEN',
    pattern: 'KONVENSIONAL',
    memberCount: 25,
    regionCode: '36.74.01.1001',
    reportingOffice: 'Dinas Koperasi dan UKM Kota Tangerang Selatan',
  };
}
