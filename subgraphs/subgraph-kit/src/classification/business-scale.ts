import { badUserInput } from '../errors/graphql-errors';
import { rupiahToSen } from '../scalars/rupiah';
import { registerEnumType } from 'type-graphql';

export enum BusinessScale {
  MIKRO = 'MIKRO',
  KECIL = 'KECIL',
  MENENGAH = 'MENENGAH',
}

registerEnumType(BusinessScale, {
  name: 'BusinessScale',
  description: 'Business scale by annual sales (hasil penjualan tahunan), PP 7/2021.',
  valuesConfig: {
    MIKRO: { description: 'Micro: annual sales up to Rp2 billion.' },
    KECIL: { description: 'Small: annual sales over Rp2 billion up to Rp15 billion.' },
    MENENGAH: { description: 'Medium: annual sales over Rp15 billion up to Rp50 billion.' },
  },
});

const BILLION_SEN = 1_000_000_000n * 100n;
const UPPER_BOUNDS: Array<[BusinessScale, bigint]> = [
  [BusinessScale.MIKRO, 2n * BILLION_SEN],
  [BusinessScale.KECIL, 15n * BILLION_SEN],
  [BusinessScale.MENENGAH, 50n * BILLION_SEN],
];

/**
 * The scale that PP 7/2021 gives a business with these annual sales. Above Rp50 billion a
 * business is large, not UMKM, and cannot be registered here.
 */
export function scaleOfAnnualSales(annualSales: string): BusinessScale {
  const sales = rupiahToSen(annualSales);
  const match = UPPER_BOUNDS.find(([, bound]) => sales <= bound);
  if (match) return match[0];
  throw badUserInput(`Annual sales of Rp${annualSales} make a large business (over Rp50 billion), not an UMKM`, { argument: 'annualSales' });
}

/** A scale a client declares must agree with the one the figures give; the figures win. */
export function assertDeclaredScale(declared: BusinessScale | undefined | null, annualSales: string): BusinessScale {
  const derived = scaleOfAnnualSales(annualSales);
  if (declared && declared !== derived) {
    throw badUserInput(`Annual sales of Rp${annualSales} make this business ${derived}, not ${declared} (PP 7/2021)`, { argument: 'declaredScale' });
  }
  return derived;
}
