import { ProductCategory, searchTermsOf, seededOfferTerms, SeededRandom, seedId, type TypicalTerms } from '@kumkm/subgraph-kit';
import { Product } from '../product/product.entity';
import type { UmkmActor } from '../umkm-actor/umkm-actor.entity';

interface TypicalOffer extends TypicalTerms {
  category: ProductCategory;
  description: string;
}

const { PROCESSED_FOOD, AGRICULTURE_FISHERIES, CRAFTS, FASHION_TEXTILES, CATERING, OTHER } = ProductCategory;

/** What a business of each seeded kind typically offers a government buyer (Bela Pengadaan). */
const TYPICAL_OFFER: Record<string, TypicalOffer> = {
  'Toko Sembako': { category: OTHER, description: 'Paket sembako: beras, minyak goreng, gula, telur', unit: 'paket', price: [75_000, 250_000], capacity: [50, 1_000] },
  'Warung Kelontong': { category: OTHER, description: 'Kebutuhan rumah tangga dan alat kebersihan kantor', unit: 'paket', price: [25_000, 150_000], capacity: [20, 400] },
  'Toko Pakaian': { category: FASHION_TEXTILES, description: 'Kemeja, kaos seragam dan pakaian kerja', unit: 'potong', price: [60_000, 250_000], capacity: [50, 1_500] },
  'Grosir Sayur': { category: AGRICULTURE_FISHERIES, description: 'Sayur segar dan bumbu dapur untuk dapur umum', unit: 'kg', price: [8_000, 40_000], capacity: [200, 5_000] },
  'Toko Bangunan': { category: OTHER, description: 'Semen, cat, paku dan bahan bangunan ringan', unit: 'paket', price: [50_000, 500_000], capacity: [20, 500] },
  'Warung Makan': { category: CATERING, description: 'Nasi bungkus dan lauk harian untuk rapat', unit: 'porsi', price: [15_000, 35_000], capacity: [300, 4_000] },
  'Kedai Kopi': { category: PROCESSED_FOOD, description: 'Kopi bubuk lokal dan minuman untuk acara', unit: 'bungkus', price: [20_000, 90_000], capacity: [100, 2_000] },
  Katering: { category: CATERING, description: 'Nasi kotak dan snack rapat untuk kantor dinas', unit: 'porsi', price: [20_000, 60_000], capacity: [1_000, 12_000] },
  'Rumah Makan Padang': { category: CATERING, description: 'Nasi kotak masakan Padang untuk acara', unit: 'porsi', price: [25_000, 55_000], capacity: [500, 6_000] },
  Bakso: { category: CATERING, description: 'Bakso dan mi ayam untuk acara, termasuk beku kemasan', unit: 'porsi', price: [15_000, 30_000], capacity: [300, 3_000] },
  Penjahit: { category: FASHION_TEXTILES, description: 'Jahit seragam dinas, kemeja batik dan rompi', unit: 'potong', price: [90_000, 300_000], capacity: [50, 800] },
  Salon: { category: OTHER, description: 'Rias dan tata rambut untuk acara resmi', unit: 'orang', price: [50_000, 300_000], capacity: [20, 300] },
  'Laundry Kiloan': { category: OTHER, description: 'Cuci setrika linen, taplak dan seragam', unit: 'kg', price: [6_000, 15_000], capacity: [300, 4_000] },
  'Bengkel Motor': { category: OTHER, description: 'Servis berkala dan suku cadang sepeda motor dinas', unit: 'unit', price: [75_000, 400_000], capacity: [30, 400] },
  'Servis Elektronik': { category: OTHER, description: 'Perbaikan komputer, printer dan pendingin ruangan', unit: 'unit', price: [100_000, 750_000], capacity: [20, 300] },
  'Kue Kering': { category: PROCESSED_FOOD, description: 'Kue kering dan kue basah untuk snack rapat', unit: 'toples', price: [35_000, 120_000], capacity: [100, 3_000] },
  Keripik: { category: PROCESSED_FOOD, description: 'Keripik pisang, singkong dan sukun kemasan', unit: 'bungkus', price: [10_000, 35_000], capacity: [300, 8_000] },
  'Sambal Rumahan': { category: PROCESSED_FOOD, description: 'Sambal botol dan abon ikan tanpa pengawet', unit: 'botol', price: [20_000, 60_000], capacity: [100, 3_000] },
  'Kerajinan Bambu': { category: CRAFTS, description: 'Anyaman bambu, suvenir dan wadah hantaran', unit: 'buah', price: [25_000, 250_000], capacity: [50, 1_000] },
  'Batik Tulis': { category: FASHION_TEXTILES, description: 'Kain batik tulis dan kemeja batik motif daerah', unit: 'lembar', price: [150_000, 1_500_000], capacity: [20, 400] },
  'Ikan Asap': { category: AGRICULTURE_FISHERIES, description: 'Ikan cakalang asap dan ikan kering', unit: 'kg', price: [40_000, 120_000], capacity: [100, 2_500] },
  'Kebun Pala': { category: AGRICULTURE_FISHERIES, description: 'Biji dan fuli pala kering, manisan pala', unit: 'kg', price: [80_000, 250_000], capacity: [50, 1_500] },
  'Budidaya Lele': { category: AGRICULTURE_FISHERIES, description: 'Lele segar dan bibit lele', unit: 'kg', price: [20_000, 35_000], capacity: [200, 4_000] },
  'Rumput Laut': { category: AGRICULTURE_FISHERIES, description: 'Rumput laut kering dan olahan dodol rumput laut', unit: 'kg', price: [15_000, 60_000], capacity: [200, 6_000] },
  'Kebun Sayur': { category: AGRICULTURE_FISHERIES, description: 'Sayur organik dan cabai segar', unit: 'kg', price: [8_000, 45_000], capacity: [100, 3_000] },
};
const ANY_OFFER: TypicalOffer = { category: OTHER, description: 'Produk usaha mikro setempat', unit: 'paket', price: [20_000, 200_000], capacity: [50, 1_000] };

/** Share of seeded products offered for government procurement. */
const OFFERED = 0.6;

/**
 * The product a seeded business actor makes, with the terms typical of its kind. `random` is the
 * offers' own sequence, so that the actors drawn before them stay exactly as they were.
 */
export function seededProduct(actorKey: string, actor: Pick<UmkmActor, 'id' | 'regionCode' | 'provenance'>, kind: string, villageName: string, random: SeededRandom): Product {
  const typical = TYPICAL_OFFER[kind] ?? ANY_OFFER;
  const name = `${kind} ${villageName}`;
  return Object.assign(new Product(), {
    id: seedId('product', `${actorKey}#1`),
    umkmActorId: actor.id,
    provenance: actor.provenance,
    name,
    description: typical.description,
    searchTerms: searchTermsOf(actor.regionCode, [name, typical.description]),
    category: typical.category,
    offer: seededOfferTerms(random, typical, OFFERED),
  });
}
