import {
  BusinessScale,
  cooperativeKey,
  cooperativePlans,
  KbliCategory,
  KBLI_VERSION,
  kkmpKey,
  type Provenance,
  provenanceOf,
  REGION,
  RegionDirectory,
  type RegionRecord,
  scaleOfAnnualSales,
  seededCooperativeId,
  SeededRandom,
  seededUmkmActorId,
  SYNTHETIC,
  UMKM_PLAN,
  umkmActorKey,
} from '@kumkm/subgraph-kit';
import { Product } from '../product/product.entity';
import { UmkmActor } from '../umkm-actor/umkm-actor.entity';
import { seededProduct } from './seeded-products';

/**
 * Synthetic (deterministic) business actors for the regions of DOMAIN.md. About 70% of Tangsel's
 * UMKM output is trade and services, and almost all UMKM are micro: the distributions follow that.
 */
export interface RegionalUmkmData {
  actors: UmkmActor[];
  products: Product[];
}

/** Trade (G) and services (I, S, H, J, M, R) make about 70%; the rest is mostly manufacturing. */
export const TRADE_AND_SERVICES_SECTORS = [KbliCategory.G, KbliCategory.I, KbliCategory.S, KbliCategory.H, KbliCategory.J, KbliCategory.M, KbliCategory.R];
export const TRADE_AND_SERVICES: Array<[KbliCategory, number]> = [
  [KbliCategory.G, 32],
  [KbliCategory.I, 18],
  [KbliCategory.S, 10],
  [KbliCategory.H, 4],
  [KbliCategory.J, 3],
  [KbliCategory.M, 2],
  [KbliCategory.R, 1],
  [KbliCategory.C, 22],
  [KbliCategory.F, 5],
  [KbliCategory.A, 3],
];
const AMBON_SECTORS: Array<[KbliCategory, number]> = [
  [KbliCategory.G, 30],
  [KbliCategory.I, 20],
  [KbliCategory.A, 15],
  [KbliCategory.C, 15],
  [KbliCategory.S, 10],
  [KbliCategory.H, 6],
  [KbliCategory.R, 4],
];

const BUSINESS_NAMES: Partial<Record<KbliCategory, string[]>> = {
  G: ['Toko Sembako', 'Warung Kelontong', 'Toko Pakaian', 'Grosir Sayur', 'Toko Bangunan'],
  I: ['Warung Makan', 'Kedai Kopi', 'Katering', 'Rumah Makan Padang', 'Bakso'],
  S: ['Penjahit', 'Salon', 'Laundry Kiloan', 'Bengkel Motor', 'Servis Elektronik'],
  C: ['Kue Kering', 'Keripik', 'Sambal Rumahan', 'Kerajinan Bambu', 'Batik Tulis'],
  A: ['Ikan Asap', 'Kebun Pala', 'Budidaya Lele', 'Rumput Laut', 'Kebun Sayur'],
};
const OWNER_FIRST = ['Siti', 'Ahmad', 'Dewi', 'Budi', 'Rina', 'Agus', 'Nur', 'Hendra', 'Maria', 'Yohana', 'Fransina', 'Yusuf', 'Sri', 'Rudi', 'Lestari', 'Wati'];
const OWNER_LAST = ['Rahmawati', 'Santoso', 'Wijaya', 'Latuconsina', 'Pattiasina', 'Siregar', 'Hidayat', 'Kusuma', 'Tuhumury', 'Saputra', 'Ohorella', 'Nugroho'];
const TRAINING_WORDS = ['Berkah', 'Jaya', 'Mandiri', 'Sejahtera', 'Barokah', 'Maju', 'Lancar', 'Sentosa'];

function annualSalesFor(random: SeededRandom): string {
  const scale = random.weighted([[BusinessScale.MIKRO, 95], [BusinessScale.KECIL, 4], [BusinessScale.MENENGAH, 1]] as const);
  const millions =
    scale === BusinessScale.MIKRO ? random.integer(12, 2000) : scale === BusinessScale.KECIL ? random.integer(2001, 15000) : random.integer(15001, 50000);
  return String(millions * 1_000_000);
}

/** Cooperatives an actor of this region may belong to: the region's active synthetic ones (and in Jakarta Utara, its kelurahan's KKMP). */
function cooperativeFor(region: string, village: RegionRecord, random: SeededRandom): string | null {
  if (region === REGION.JAKARTA_UTARA && (village.code === REGION.SUNTER_AGUNG ? random.next() < 0.6 : random.next() < 0.2)) {
    return seededCooperativeId(kkmpKey(village.code));
  }
  if (random.next() >= 0.3) return null;
  const plan = cooperativePlans().find((candidate) => candidate.code === region);
  return plan ? seededCooperativeId(cooperativeKey(region, random.integer(1, plan.active))) : null;
}

export interface SyntheticActorPlace {
  id: string;
  /** Digits the NIB and halal certificate numbers start with (the region's code without dots). */
  numberPrefix: string;
  sequence: number;
  village: RegionRecord;
  sectors: ReadonlyArray<readonly [KbliCategory, number]>;
  provenance: Provenance;
  cooperativeOf: (random: SeededRandom) => string | null;
}

/** A synthetic business actor and the kind of business it is (its product's name). */
export function syntheticActor(random: SeededRandom, place: SyntheticActorPlace): { actor: UmkmActor; kind: string } {
  const { village, sequence, numberPrefix } = place;
  const sector = random.weighted(place.sectors);
  const annualSales = annualSalesFor(random);
  const scale = scaleOfAnnualSales(annualSales);
  const owner = `${random.pick(OWNER_FIRST)} ${random.pick(OWNER_LAST)}`;
  const kind = random.pick(BUSINESS_NAMES[sector] ?? ['Usaha']);
  const halal = random.next() < 0.18;
  const actor = Object.assign(new UmkmActor(), {
    id: place.id,
    nib: `${numberPrefix}${String(sequence).padStart(13 - numberPrefix.length, '0')}`,
    ownerName: owner,
    businessName: `${kind} ${random.pick(TRAINING_WORDS)} ${village.name}`,
    sector,
    kbliVersion: KBLI_VERSION,
    // Seeded actors carry their category only: the five-digit code comes with reported data.
    kbliCode: null,
    annualSales,
    assets: String(Math.round(Number(annualSales) * (0.2 + random.next() * 0.6))),
    employees: scale === BusinessScale.MIKRO ? random.integer(1, 4) : scale === BusinessScale.KECIL ? random.integer(5, 19) : random.integer(20, 99),
    scale,
    halalCertificateNumber: halal ? `ID${numberPrefix}${String(sequence).padStart(10, '0')}` : null,
    halalCertifiedOn: halal ? `${random.integer(2019, 2025)}-${String(random.integer(1, 12)).padStart(2, '0')}-${String(random.integer(1, 28)).padStart(2, '0')}` : null,
    isWomanOwned: random.next() < 0.6,
    regionCode: village.code,
    cooperativeId: place.cooperativeOf(random),
    provenance: place.provenance,
  });
  return { actor, kind };
}

export function buildRegionalUmkm(directory = RegionDirectory.load()): RegionalUmkmData {
  const random = new SeededRandom(20221116);
  const offers = new SeededRandom(20261203);
  const data: RegionalUmkmData = { actors: [], products: [] };
  for (const plan of UMKM_PLAN) {
    const villages = directory.villagesWithin(plan.code);
    const sectors = plan.code === REGION.AMBON ? AMBON_SECTORS : TRADE_AND_SERVICES;
    for (let sequence = 1; sequence <= plan.actors; sequence++) {
      const key = umkmActorKey(plan.code, sequence);
      const village = villages[(sequence * 7) % villages.length];
      const { actor, kind } = syntheticActor(random, {
        id: seededUmkmActorId(key),
        numberPrefix: plan.code.replace('.', ''),
        sequence,
        village,
        sectors,
        provenance: provenanceOf({ office: plan.office, reportedAt: new Date(plan.reportedAt), source: SYNTHETIC }),
        cooperativeOf: (draw) => cooperativeFor(plan.code, village, draw),
      });
      data.actors.push(actor);
      data.products.push(seededProduct(key, actor, kind, village.name, offers));
    }
  }
  return data;
}
