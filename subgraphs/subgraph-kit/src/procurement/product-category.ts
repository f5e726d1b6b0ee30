import { registerEnumType } from 'type-graphql';

/** What a product is, for government buyers (Bela Pengadaan): a short list a buyer can filter on. */
export enum ProductCategory {
  PROCESSED_FOOD = 'PROCESSED_FOOD',
  AGRICULTURE_FISHERIES = 'AGRICULTURE_FISHERIES',
  CRAFTS = 'CRAFTS',
  FASHION_TEXTILES = 'FASHION_TEXTILES',
  OFFICE_SUPPLIES = 'OFFICE_SUPPLIES',
  PRINTING = 'PRINTING',
  CATERING = 'CATERING',
  OTHER = 'OTHER',
}

registerEnumType(ProductCategory, {
  name: 'ProductCategory',
  description: 'Procurement category of a product (kategori barang for Bela Pengadaan).',
  valuesConfig: {
    PROCESSED_FOOD: { description: 'Makanan dan minuman olahan (keripik, kue, sambal, minuman kemasan).' },
    AGRICULTURE_FISHERIES: { description: 'Hasil pertanian, perkebunan, peternakan dan perikanan.' },
    CRAFTS: { description: 'Kerajinan tangan dan suvenir.' },
    FASHION_TEXTILES: { description: 'Fesyen, batik, tenun dan tekstil.' },
    OFFICE_SUPPLIES: { description: 'Alat tulis dan perlengkapan kantor.' },
    PRINTING: { description: 'Percetakan dan sablon.' },
    CATERING: { description: 'Katering dan makanan siap saji untuk acara.' },
    OTHER: { description: 'Lainnya.' },
  },
});
