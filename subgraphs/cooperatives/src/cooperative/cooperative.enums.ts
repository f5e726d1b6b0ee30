import { registerEnumType } from 'type-graphql';

export enum CooperativeType {
  SIMPAN_PINJAM = 'SIMPAN_PINJAM',
  KONSUMEN = 'KONSUMEN',
  PRODUSEN = 'PRODUSEN',
  PEMASARAN = 'PEMASARAN',
  JASA = 'JASA',
}

export enum CooperativePattern {
  KONVENSIONAL = 'KONVENSIONAL',
  SYARIAH = 'SYARIAH',
}

export enum CooperativeStatus {
  ACTIVE = 'ACTIVE',
  INACTIVE = 'INACTIVE',
  DISSOLVED = 'DISSOLVED',
}

registerEnumType(CooperativeType, {
  name: 'CooperativeType',
  description: 'Type of cooperative (jenis koperasi).',
  valuesConfig: {
    SIMPAN_PINJAM: { description: 'Savings and loan (simpan pinjam).' },
    KONSUMEN: { description: 'Consumer (konsumen).' },
    PRODUSEN: { description: 'Producer (produsen).' },
    PEMASARAN: { description: 'Marketing (pemasaran).' },
    JASA: { description: 'Services (jasa).' },
  },
});

registerEnumType(CooperativePattern, {
  name: 'CooperativePattern',
  description: 'Operating pattern (pola) of a cooperative.',
  valuesConfig: {
    KONVENSIONAL: { description: 'Conventional.' },
    SYARIAH: { description: 'Sharia (syariah).' },
  },
});

registerEnumType(CooperativeStatus, {
  name: 'CooperativeStatus',
  description: 'Legal and operating status of a cooperative.',
  valuesConfig: {
    ACTIVE: { description: 'Operating; must hold its annual members\' meeting (RAT) every year.' },
    INACTIVE: { description: 'Registered but not operating (tidak aktif).' },
    DISSOLVED: { description: 'Dissolved (dibubarkan).' },
  },
});
