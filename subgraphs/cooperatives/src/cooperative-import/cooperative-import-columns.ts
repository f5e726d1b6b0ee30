import type { ImportColumn } from '@kumkm/subgraph-kit';

export type CooperativeColumn =
  | 'name'
  | 'nik'
  | 'legalEntityNumber'
  | 'establishedOn'
  | 'type'
  | 'pattern'
  | 'status'
  | 'isMerahPutih'
  | 'memberCount'
  | 'lastAnnualMeetingYear'
  | 'assets'
  | 'businessVolume'
  | 'address'
  | 'village'
  | 'district'
  | 'regionCode'
  | 'chair'
  | 'secretary'
  | 'treasurer'
  | 'supervisors'
  | 'officersTerm';

/**
 * The columns of a cooperative register as Dinas sheets and ODS Koperasi exports write them.
 * Required are those `registerCooperative` requires; the region is a village name (with its
 * kecamatan) or a Kemendagri code.
 */
export const COOPERATIVE_COLUMNS: ReadonlyArray<ImportColumn<CooperativeColumn>> = [
  { key: 'name', header: 'Nama Koperasi', aliases: ['Nama', 'Nama Koperasi/KUD'], required: true },
  { key: 'legalEntityNumber', header: 'No. Badan Hukum', aliases: ['Nomor Badan Hukum', 'No BH', 'Nomor BH', 'Badan Hukum'], required: true },
  { key: 'type', header: 'Jenis Koperasi', aliases: ['Jenis', 'Jenis Usaha Koperasi'], required: true },
  { key: 'memberCount', header: 'Jumlah Anggota', aliases: ['Anggota', 'Jml Anggota', 'Jumlah Anggota (orang)'], required: true },
  { key: 'nik', header: 'Nomor Induk Koperasi (NIK)', aliases: ['NIK', 'NIK Koperasi', 'Nomor Induk Koperasi'] },
  // ODS Koperasi reports the date of the legal entity; the graph keeps it as the establishment date.
  { key: 'establishedOn', header: 'Tgl Badan Hukum', aliases: ['Tanggal Badan Hukum', 'Tgl BH', 'Tanggal Pendirian', 'Tgl Pendirian'] },
  { key: 'pattern', header: 'Pola', aliases: ['Pola Pengelolaan', 'Pola Usaha'] },
  { key: 'status', header: 'Status', aliases: ['Status Koperasi', 'Keaktifan'] },
  { key: 'isMerahPutih', header: 'Koperasi Merah Putih', aliases: ['KDMP', 'KKMP', 'Merah Putih', 'KDKMP'] },
  { key: 'lastAnnualMeetingYear', header: 'Tahun RAT Terakhir', aliases: ['RAT Terakhir', 'Tahun RAT', 'RAT Tahun Buku'] },
  { key: 'assets', header: 'Aset (Rp)', aliases: ['Aset', 'Asset', 'Total Aset', 'Jumlah Aset'] },
  { key: 'businessVolume', header: 'Volume Usaha (Rp)', aliases: ['Volume Usaha', 'Omzet', 'Volume Usaha Tahunan'] },
  { key: 'address', header: 'Alamat', aliases: ['Alamat Kantor', 'Alamat Koperasi'] },
  { key: 'village', header: 'Kelurahan/Desa', aliases: ['Kelurahan', 'Desa', 'Desa/Kelurahan'] },
  { key: 'district', header: 'Kecamatan', aliases: ['Kec'] },
  { key: 'regionCode', header: 'Kode Wilayah', aliases: ['Kode Kemendagri', 'Kode Desa', 'Kode Kelurahan'] },
  // Officers (pengurus and pengawas) are personal data; a register names the current board.
  { key: 'chair', header: 'Ketua', aliases: ['Nama Ketua', 'Ketua Pengurus', 'Nama Ketua Pengurus'] },
  { key: 'secretary', header: 'Sekretaris', aliases: ['Nama Sekretaris'] },
  { key: 'treasurer', header: 'Bendahara', aliases: ['Nama Bendahara'] },
  { key: 'supervisors', header: 'Pengawas', aliases: ['Nama Pengawas', 'Ketua Pengawas', 'Anggota Pengawas'] },
  { key: 'officersTerm', header: 'Masa Bakti Pengurus', aliases: ['Masa Bakti', 'Periode Kepengurusan', 'Masa Jabatan', 'Periode Pengurus'] },
];

/** The template's example row: an Ambon savings and loan cooperative. */
export const COOPERATIVE_EXAMPLE: Partial<Record<CooperativeColumn, string>> = {
  name: 'Koperasi Simpan Pinjam Maju Bersama Kudamati',
  nik: '8171199900000004',
  legalEntityNumber: '4/BH/8171/1999',
  establishedOn: '14/06/1999',
  type: 'Simpan Pinjam',
  pattern: 'Konvensional',
  status: 'Aktif',
  isMerahPutih: 'Tidak',
  memberCount: '1.043',
  lastAnnualMeetingYear: '2024',
  assets: 'Rp 1.250.000.000',
  businessVolume: '850.000.000',
  address: 'Jl. Dr. Kayadoe No. 12',
  village: 'Kudamati',
  district: 'Nusaniwe',
  chair: 'Ferdinand Tahapary',
  secretary: 'Maria Sopacua',
  treasurer: 'Yance Pattiasina',
  supervisors: 'Hj. Nurlela Tuasikal; Johanis Leiwakabessy',
  officersTerm: '2024-2028',
};
