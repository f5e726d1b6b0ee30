import { searchTermsOf, seededOfferTerms, SeededRandom, seedId, type TypicalTerms } from '@kumkm/subgraph-kit';
import { BusinessLine } from '../business-line/business-line.entity';
import type { Cooperative } from '../cooperative/cooperative.entity';
import { CooperativeStatus, CooperativeType } from '../cooperative/cooperative.enums';

/** A typical business line of each cooperative type, with its KBLI 2020 code and its terms' scale. */
const TYPICAL_LINE: Record<CooperativeType, TypicalTerms & { name: string; kbliCode: string; description: string }> = {
  [CooperativeType.KONSUMEN]: { name: 'Toko Sembako', kbliCode: '47111', description: 'Beras, minyak goreng, gula dan kebutuhan pokok', unit: 'paket', price: [75_000, 250_000], capacity: [100, 1_500] },
  [CooperativeType.PRODUSEN]: { name: 'Unit Produksi Keripik', kbliCode: '10794', description: 'Keripik singkong dan keripik pisang hasil anggota', unit: 'bungkus', price: [10_000, 35_000], capacity: [500, 8_000] },
  [CooperativeType.PEMASARAN]: { name: 'Unit Pemasaran Hasil Anggota', kbliCode: '46339', description: 'Kopi, gula aren dan hasil olahan anggota', unit: 'kg', price: [30_000, 120_000], capacity: [200, 3_000] },
  [CooperativeType.JASA]: { name: 'Unit Katering', kbliCode: '56210', description: 'Nasi kotak dan snack untuk rapat dan acara', unit: 'porsi', price: [20_000, 60_000], capacity: [1_000, 10_000] },
  [CooperativeType.SIMPAN_PINJAM]: { name: 'Waserda (Warung Serba Ada)', kbliCode: '47112', description: 'Kelontong untuk anggota', unit: 'paket', price: [50_000, 150_000], capacity: [50, 600] },
};

/** Share of active cooperatives that record a business line (the 30%). */
const WITH_BUSINESS_LINE = 0.3;
/** Share of those lines offered for government procurement. */
const OFFERED = 0.7;

/**
 * Business lines (unit usaha) for about 30% of the active cooperatives. `random` is the lines' own
 * sequence, so that the cooperatives drawn before them stay exactly as they were.
 */
export function seededBusinessLines(cooperatives: Cooperative[], random: SeededRandom): BusinessLine[] {
  const lines: BusinessLine[] = [];
  for (const cooperative of cooperatives) {
    if (cooperative.status !== CooperativeStatus.ACTIVE || random.next() >= WITH_BUSINESS_LINE) continue;
    const typical = TYPICAL_LINE[cooperative.type];
    lines.push(
      Object.assign(new BusinessLine(), {
        id: seedId('business-line', `${cooperative.id}#1`),
        cooperativeId: cooperative.id,
        name: typical.name,
        kbliCode: typical.kbliCode,
        description: typical.description,
        offer: seededOfferTerms(random, typical, OFFERED),
        provenance: cooperative.provenance,
        searchTerms: searchTermsOf(cooperative.regionCode, [typical.name, typical.description]),
      }),
    );
  }
  return lines;
}
