/** The page speaks its users' language, Bahasa Indonesia, with English as a switch. */
export type Language = 'id' | 'en';

const WORDS = {
  title: { id: 'Rakor KUMKM: perbandingan wilayah', en: 'Rakor KUMKM: regions side by side' },
  signInTitle: { id: 'Masuk', en: 'Sign in' },
  signInHelp: { id: 'Tempel token akses Anda (dari administrator, atau yang dicetak `npm start`).', en: 'Paste your access token (from your administrator, or the one `npm start` prints).' },
  signIn: { id: 'Masuk', en: 'Sign in' },
  signOut: { id: 'Keluar', en: 'Sign out' },
  signedInAs: { id: 'Masuk sebagai', en: 'Signed in as' },
  regions: { id: 'Wilayah', en: 'Regions' },
  addRegion: { id: 'Tambah wilayah', en: 'Add region' },
  regionCodePlaceholder: { id: 'Kode wilayah, mis. 36.74', en: 'Region code, e.g. 36.74' },
  remove: { id: 'Hapus', en: 'Remove' },
  drillDown: { id: 'Rinci', en: 'Drill down' },
  back: { id: 'Kembali ke perbandingan', en: 'Back to the comparison' },
  childrenOf: { id: 'Wilayah di bawah', en: 'Regions within' },
  trainingPeriod: { id: 'Periode pelatihan', en: 'Training period' },
  from: { id: 'dari', en: 'from' },
  to: { id: 'sampai', en: 'to' },
  ratYear: { id: 'Tahun acuan RAT', en: 'RAT reference year' },
  apply: { id: 'Terapkan', en: 'Apply' },
  loading: { id: 'Memuat…', en: 'Loading…' },
  unknownRegion: { id: 'Kode wilayah tidak dikenal', en: 'Unknown region code' },
  noChildren: { id: 'Wilayah ini tidak memiliki wilayah di bawahnya.', en: 'This region has no regions below it.' },
  unavailable: { id: 'tidak tersedia', en: 'unavailable' },
  cooperatives: { id: 'Koperasi', en: 'Cooperatives' },
  umkm: { id: 'UMKM', en: 'UMKM' },
  training: { id: 'Pelatihan', en: 'Training' },
  region: { id: 'Wilayah', en: 'Region' },
  registered: { id: 'Terdaftar', en: 'Registered' },
  active: { id: 'Aktif', en: 'Active' },
  members: { id: 'Anggota', en: 'Members' },
  withoutRecentRat: { id: 'Tanpa RAT 2 tahun terakhir', en: 'No RAT in the last two years' },
  activeByType: { id: 'Koperasi aktif menurut jenis', en: 'Active cooperatives by type' },
  total: { id: 'Jumlah', en: 'Total' },
  halalCertified: { id: 'Bersertifikat halal', en: 'Halal-certified' },
  womanOwned: { id: 'Milik perempuan', en: 'Woman-owned' },
  byScale: { id: 'UMKM menurut skala usaha', en: 'UMKM by business scale' },
  bySector: { id: 'UMKM menurut sektor (KBLI)', en: 'UMKM by sector (KBLI)' },
  programs: { id: 'Program', en: 'Programmes' },
  participants: { id: 'Peserta', en: 'Participants' },
  completed: { id: 'Selesai', en: 'Completed' },
  certified: { id: 'Bersertifikat', en: 'Certified' },
  trainingChart: { id: 'Peserta pelatihan', en: 'Training participants' },
  language: { id: 'English', en: 'Bahasa Indonesia' },
  failed: { id: 'Permintaan gagal', en: 'The request failed' },
} as const;

export type Word = keyof typeof WORDS;

export const COOPERATIVE_TYPES: Record<string, Record<Language, string>> = {
  SIMPAN_PINJAM: { id: 'Simpan Pinjam', en: 'Savings and loan' },
  KONSUMEN: { id: 'Konsumen', en: 'Consumer' },
  PRODUSEN: { id: 'Produsen', en: 'Producer' },
  PEMASARAN: { id: 'Pemasaran', en: 'Marketing' },
  JASA: { id: 'Jasa', en: 'Services' },
};

export const BUSINESS_SCALES: Record<string, Record<Language, string>> = {
  MIKRO: { id: 'Mikro', en: 'Micro' },
  KECIL: { id: 'Kecil', en: 'Small' },
  MENENGAH: { id: 'Menengah', en: 'Medium' },
};

const MONTHS: Record<Language, string[]> = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

export function word(language: Language, key: Word): string {
  return WORDS[key][language];
}

/** Counts as Indonesians write them: 1.250.000 (English: 1,250,000). */
export function formatCount(language: Language, value: number): string {
  return value.toLocaleString(language === 'id' ? 'id-ID' : 'en-GB');
}

const RUPIAH_UNITS: Record<Language, Array<[number, string]>> = {
  id: [[1e12, 'T'], [1e9, 'M'], [1e6, 'jt']],
  en: [[1e12, 'tn'], [1e9, 'bn'], [1e6, 'm']],
};

/** Rupiah, short: "Rp 1,25 M" (miliar), "Rp 350 jt" (juta); English "Rp 1.25 bn". */
export function formatRupiah(language: Language, amount: string | number): string {
  const value = Number(amount);
  const unit = RUPIAH_UNITS[language].find(([size]) => Math.abs(value) >= size);
  if (!unit) return `Rp ${formatCount(language, value)}`;
  const short = (value / unit[0]).toLocaleString(language === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 2 });
  return `Rp ${short} ${unit[1]}`;
}

/** A date range as a meeting paper writes it: "8–9 Maret 2023", "30 Januari–2 Februari 2024". */
export function formatDateRange(language: Language, from: string, to: string = from): string {
  const [fromYear, fromMonth, fromDay] = from.split('-').map(Number);
  const [toYear, toMonth, toDay] = to.split('-').map(Number);
  const months = MONTHS[language];
  const full = (day: number, month: number, year: number) => `${day} ${months[month - 1]} ${year}`;
  if (from === to) return full(fromDay, fromMonth, fromYear);
  if (fromYear === toYear && fromMonth === toMonth) return `${fromDay}–${toDay} ${months[toMonth - 1]} ${toYear}`;
  if (fromYear === toYear) return `${fromDay} ${months[fromMonth - 1]}–${full(toDay, toMonth, toYear)}`;
  return `${full(fromDay, fromMonth, fromYear)}–${full(toDay, toMonth, toYear)}`;
}
