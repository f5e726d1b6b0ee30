import type { ImportColumn } from '@kumkm/subgraph-kit';

export type ProductColumn = 'nib' | 'name' | 'category' | 'description' | 'priceMin' | 'priceMax' | 'unit' | 'monthlyCapacity' | 'offeredForProcurement';

/**
 * The columns of a product sheet (katalog produk for Bela Pengadaan): the template's header first,
 * then names Dinas catalogues use. Required are what `registerProduct` requires, and the NIB of the
 * business actor making the product.
 */
export const PRODUCT_COLUMNS: ReadonlyArray<ImportColumn<ProductColumn>> = [
  { key: 'nib', header: 'NIB', aliases: ['Nomor Induk Berusaha', 'NIB (Nomor Induk Berusaha)', 'No NIB', 'NIB Pelaku Usaha'], required: true },
  { key: 'name', header: 'Nama Produk', aliases: ['Produk', 'Nama Barang', 'Nama Produk/Jasa', 'Barang/Jasa'], required: true },
  { key: 'category', header: 'Kategori Barang', aliases: ['Kategori', 'Kategori Produk', 'Jenis Produk'] },
  { key: 'description', header: 'Deskripsi', aliases: ['Uraian', 'Spesifikasi', 'Deskripsi Produk', 'Keterangan Produk'] },
  { key: 'priceMin', header: 'Harga Terendah (Rp)', aliases: ['Harga Terendah', 'Harga Minimum', 'Harga Min', 'Harga Mulai'] },
  { key: 'priceMax', header: 'Harga Tertinggi (Rp)', aliases: ['Harga Tertinggi', 'Harga Maksimum', 'Harga Maks'] },
  { key: 'unit', header: 'Satuan', aliases: ['Satuan Barang', 'Unit', 'Per'] },
  { key: 'monthlyCapacity', header: 'Kapasitas per Bulan', aliases: ['Kapasitas Produksi per Bulan', 'Kapasitas/Bulan', 'Kapasitas Produksi', 'Kapasitas'] },
  { key: 'offeredForProcurement', header: 'Ditawarkan untuk Pengadaan', aliases: ['Bela Pengadaan', 'Ikut Bela Pengadaan', 'Ditawarkan ke Pemerintah'] },
];

/** The template's example row: an Ambon business's product with its terms. */
export const PRODUCT_EXAMPLE: Partial<Record<ProductColumn, string>> = {
  nib: '8171000000001',
  name: 'Roti Sagu Kemasan',
  category: 'Makanan olahan',
  description: 'Roti sagu khas Maluku, kemasan 250 g, tahan 3 bulan',
  priceMin: 'Rp 15.000',
  priceMax: 'Rp 22.500',
  unit: 'bungkus',
  monthlyCapacity: '2.000',
  offeredForProcurement: 'Ya',
};
