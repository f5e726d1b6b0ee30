import type { ImportColumn } from '@kumkm/subgraph-kit';

export type TrainingColumn =
  | 'title'
  | 'kind'
  | 'organizer'
  | 'startsOn'
  | 'endsOn'
  | 'venue'
  | 'topics'
  | 'audience'
  | 'village'
  | 'district'
  | 'regionCode'
  | 'waveNumber'
  | 'waveHeldOn'
  | 'participantNib'
  | 'participantNik'
  | 'attendeeRole'
  | 'status'
  | 'certificateNumber'
  | 'certifiedOn';

/**
 * The columns of a training recap (rekap peserta): one row per participant, the programme's own
 * cells repeated on each row, as offices consolidate their attendance lists (daftar hadir). A
 * participant is a business actor by its NIB or a cooperative by its NIK koperasi; names of
 * people are not taken, since the graph keeps none for training.
 */
export const TRAINING_COLUMNS: ReadonlyArray<ImportColumn<TrainingColumn>> = [
  { key: 'title', header: 'Nama Kegiatan', aliases: ['Nama Program', 'Nama Pelatihan', 'Judul Kegiatan', 'Judul Pelatihan', 'Kegiatan', 'Program'], required: true },
  { key: 'kind', header: 'Jenis Kegiatan', aliases: ['Jenis Program', 'Jenis Pelatihan', 'Jenis'], required: true },
  { key: 'startsOn', header: 'Tanggal Mulai', aliases: ['Tgl Mulai', 'Tanggal Kegiatan', 'Tgl Kegiatan', 'Tanggal Pelaksanaan', 'Tanggal'], required: true },
  { key: 'endsOn', header: 'Tanggal Selesai', aliases: ['Tgl Selesai', 'Tanggal Akhir', 'Sampai Tanggal'] },
  { key: 'organizer', header: 'Penyelenggara', aliases: ['Instansi Penyelenggara', 'Pelaksana'] },
  { key: 'venue', header: 'Tempat', aliases: ['Lokasi', 'Tempat Kegiatan', 'Tempat Pelaksanaan'] },
  { key: 'topics', header: 'Materi', aliases: ['Topik', 'Materi Pelatihan'] },
  { key: 'audience', header: 'Sasaran', aliases: ['Sasaran Peserta', 'Peserta Sasaran'] },
  { key: 'village', header: 'Kelurahan/Desa', aliases: ['Kelurahan', 'Desa', 'Desa/Kelurahan'] },
  { key: 'district', header: 'Kecamatan', aliases: ['Kec'] },
  { key: 'regionCode', header: 'Kode Wilayah', aliases: ['Kode Kemendagri'] },
  { key: 'waveNumber', header: 'Gelombang', aliases: ['Gelombang Ke', 'Angkatan', 'Angkatan Ke', 'Batch'] },
  { key: 'waveHeldOn', header: 'Tanggal Gelombang', aliases: ['Tgl Gelombang', 'Tanggal Angkatan'] },
  { key: 'participantNib', header: 'NIB Peserta', aliases: ['NIB', 'Nomor Induk Berusaha', 'No NIB'] },
  { key: 'participantNik', header: 'NIK Koperasi Peserta', aliases: ['NIK Koperasi', 'Nomor Induk Koperasi', 'Nomor Induk Koperasi (NIK)'] },
  { key: 'attendeeRole', header: 'Peran', aliases: ['Jabatan', 'Kedudukan', 'Peran Peserta'] },
  { key: 'status', header: 'Status Peserta', aliases: ['Status', 'Kehadiran', 'Status Kehadiran', 'Keterangan'] },
  { key: 'certificateNumber', header: 'No. Sertifikat', aliases: ['Nomor Sertifikat', 'No Sertifikat'] },
  { key: 'certifiedOn', header: 'Tgl Sertifikat', aliases: ['Tanggal Sertifikat', 'Tanggal Sertifikasi'] },
];

/** The template's example row: a business actor certified in Ambon's 2023 halal food training. */
export const TRAINING_EXAMPLE: Partial<Record<TrainingColumn, string>> = {
  title: 'Pelatihan dan Sertifikasi Keamanan Pangan UMKM Kota Ambon',
  kind: 'Sertifikasi',
  startsOn: '08/03/2023',
  endsOn: '09/03/2023',
  organizer: 'Dinas Koperasi dan UKM Kota Ambon',
  venue: 'Hotel Santika Ambon',
  topics: 'Keamanan pangan; Sertifikasi halal',
  audience: 'Pelaku UMKM makanan dan minuman',
  village: 'Kudamati',
  district: 'Nusaniwe',
  waveNumber: '1',
  waveHeldOn: '08/03/2023',
  participantNib: '8120000123456',
  attendeeRole: 'Pemilik',
  status: 'Bersertifikat',
  certificateNumber: 'SKP/AMB/2023/0001',
  certifiedOn: '09/03/2023',
};
