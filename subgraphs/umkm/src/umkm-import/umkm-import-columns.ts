import type { ImportColumn } from '@kumkm/subgraph-kit';

export type UmkmColumn =
  | 'nib'
  | 'businessName'
  | 'ownerName'
  | 'kbli'
  | 'annualSales'
  | 'assets'
  | 'employees'
  | 'halalCertificateNumber'
  | 'halalCertifiedOn'
  | 'isWomanOwned'
  | 'village'
  | 'district'
  | 'regionCode'
  | 'cooperativeNik'
  | 'cooperativeLegalEntityNumber';

/**
 * The columns of an UMKM sheet: the template's header first, then the names Dinas sheets and OSS
 * exports use. Required are those `registerUmkmActor` requires; the region is a village name (with
 * its kecamatan) or a Kemendagri code.
 */
export const UMKM_COLUMNS: ReadonlyArray<ImportColumn<UmkmColumn>> = [
  { key: 'nib', header: 'NIB', aliases: ['Nomor Induk Berusaha', 'NIB (Nomor Induk Berusaha)', 'No NIB', 'Nomor NIB'], required: true },
  { key: 'businessName', header: 'Nama Usaha', aliases: ['Nama UMKM', 'Nama Usaha/Merek', 'Nama Perusahaan'], required: true },
  { key: 'ownerName', header: 'Nama Pemilik', aliases: ['Pemilik', 'Nama Pemilik Usaha', 'Nama Pelaku Usaha', 'Nama Pelaku UMKM'], required: true },
  { key: 'kbli', header: 'KBLI', aliases: ['Kode KBLI', 'KBLI 2020', 'Kategori KBLI', 'Sektor'], required: true },
  { key: 'annualSales', header: 'Omzet per Tahun (Rp)', aliases: ['Omzet', 'Omset', 'Omzet (Rp)', 'Omset (Rp)', 'Omzet/Tahun', 'Omset/Tahun', 'Omzet Tahunan', 'Omset Tahunan', 'Omset per Tahun', 'Penjualan Tahunan'], required: true },
  { key: 'employees', header: 'Jumlah Tenaga Kerja', aliases: ['Tenaga Kerja', 'Jumlah Karyawan', 'Jumlah Pekerja', 'TK'], required: true },
  { key: 'assets', header: 'Aset (Rp)', aliases: ['Aset', 'Asset', 'Nilai Aset', 'Aset Usaha'] },
  { key: 'halalCertificateNumber', header: 'No. Sertifikat Halal', aliases: ['Nomor Sertifikat Halal', 'Sertifikat Halal'] },
  { key: 'halalCertifiedOn', header: 'Tgl Sertifikat Halal', aliases: ['Tanggal Sertifikat Halal', 'Tgl Terbit Sertifikat Halal'] },
  { key: 'isWomanOwned', header: 'Pemilik Perempuan', aliases: ['Perempuan', 'Usaha Perempuan', 'Pengusaha Perempuan'] },
  { key: 'village', header: 'Kelurahan/Desa', aliases: ['Kelurahan', 'Desa', 'Desa/Kelurahan'] },
  { key: 'district', header: 'Kecamatan', aliases: ['Kec'] },
  { key: 'regionCode', header: 'Kode Wilayah', aliases: ['Kode Kemendagri', 'Kode Desa', 'Kode Kelurahan'] },
  { key: 'cooperativeNik', header: 'NIK Koperasi', aliases: ['Nomor Induk Koperasi', 'Nomor Induk Koperasi (NIK)'] },
  { key: 'cooperativeLegalEntityNumber', header: 'No. Badan Hukum Koperasi', aliases: ['Nomor Badan Hukum Koperasi', 'Badan Hukum Koperasi'] },
];

/** The template's example row: a real-looking Ambon business, placed by village and kecamatan. */
export const UMKM_EXAMPLE: Partial<Record<UmkmColumn, string>> = {
  nib: '8171000000001',
  businessName: 'Toko Roti Sagu Mama Ina',
  ownerName: 'Ina Latuconsina',
  kbli: '10792',
  annualSales: 'Rp 350.000.000,00',
  employees: '4',
  assets: '75.000.000',
  halalCertificateNumber: 'ID81110000123450823',
  halalCertifiedOn: '12/03/2023',
  isWomanOwned: 'Ya',
  village: 'Batu Merah',
  district: 'Sirimau',
  cooperativeNik: '8171199800000001',
};
