import { registerEnumType } from 'type-graphql';
import { badUserInput } from '../errors/graphql-errors';

/** KBLI 2020 categories (kategori), the letter level of the Indonesian standard industrial classification. */
export enum KbliCategory {
  A = 'A', B = 'B', C = 'C', D = 'D', E = 'E', F = 'F', G = 'G', H = 'H', I = 'I', J = 'J', K = 'K',
  L = 'L', M = 'M', N = 'N', O = 'O', P = 'P', Q = 'Q', R = 'R', S = 'S', T = 'T', U = 'U',
}

export const KBLI_VERSION = '2020';

/** First and last two-digit division (golongan pokok) of each KBLI 2020 category. */
const KBLI_2020_DIVISIONS: Array<[KbliCategory, number, number]> = [
  [KbliCategory.A, 1, 3], [KbliCategory.B, 5, 9], [KbliCategory.C, 10, 33], [KbliCategory.D, 35, 35],
  [KbliCategory.E, 36, 39], [KbliCategory.F, 41, 43], [KbliCategory.G, 45, 47], [KbliCategory.H, 49, 53],
  [KbliCategory.I, 55, 56], [KbliCategory.J, 58, 63], [KbliCategory.K, 64, 66], [KbliCategory.L, 68, 68],
  [KbliCategory.M, 69, 75], [KbliCategory.N, 77, 82], [KbliCategory.O, 84, 84], [KbliCategory.P, 85, 85],
  [KbliCategory.Q, 86, 88], [KbliCategory.R, 90, 93], [KbliCategory.S, 94, 96], [KbliCategory.T, 97, 98],
  [KbliCategory.U, 99, 99],
];

/** A five-digit KBLI 2020 code (kode KBLI), as OSS issues it with a NIB. */
export const KBLI_CODE = /^\d{5}$/;

/**
 * The category of a KBLI as sheets write it: the letter ("C"), or a code of 2 to 5 digits
 * ("10792", the OSS form), whose first two digits name the division. Undefined when it is neither.
 */
export function kbliCategoryOf(text: string): KbliCategory | undefined {
  const value = text.trim().toUpperCase();
  if (/^[A-U]$/.test(value)) return value as KbliCategory;
  if (!/^\d{2,5}$/.test(value)) return undefined;
  const division = Number(value.slice(0, 2));
  return KBLI_2020_DIVISIONS.find(([, first, last]) => division >= first && division <= last)?.[0];
}

const KBLI_2020_TITLES: Record<KbliCategory, string> = {
  A: 'Pertanian, Kehutanan dan Perikanan (agriculture, forestry and fishing)',
  B: 'Pertambangan dan Penggalian (mining and quarrying)',
  C: 'Industri Pengolahan (manufacturing)',
  D: 'Pengadaan Listrik, Gas, Uap/Air Panas dan Udara Dingin (electricity, gas, steam and air conditioning supply)',
  E: 'Treatment Air, Treatment Air Limbah, Treatment dan Pemulihan Material Sampah, dan Aktivitas Remediasi (water supply, sewerage, waste management)',
  F: 'Konstruksi (construction)',
  G: 'Perdagangan Besar dan Eceran; Reparasi dan Perawatan Mobil dan Sepeda Motor (wholesale and retail trade)',
  H: 'Pengangkutan dan Pergudangan (transportation and storage)',
  I: 'Penyediaan Akomodasi dan Penyediaan Makan Minum (accommodation and food service)',
  J: 'Informasi dan Komunikasi (information and communication)',
  K: 'Aktivitas Keuangan dan Asuransi (financial and insurance activities)',
  L: 'Real Estat (real estate)',
  M: 'Aktivitas Profesional, Ilmiah dan Teknis (professional, scientific and technical activities)',
  N: 'Aktivitas Penyewaan dan Sewa Guna Usaha Tanpa Hak Opsi, Ketenagakerjaan, Agen Perjalanan dan Penunjang Usaha Lainnya (administrative and support services)',
  O: 'Administrasi Pemerintahan, Pertahanan dan Jaminan Sosial Wajib (public administration)',
  P: 'Pendidikan (education)',
  Q: 'Aktivitas Kesehatan Manusia dan Aktivitas Sosial (health and social work)',
  R: 'Kesenian, Hiburan dan Rekreasi (arts, entertainment and recreation)',
  S: 'Aktivitas Jasa Lainnya (other service activities)',
  T: 'Aktivitas Rumah Tangga sebagai Pemberi Kerja (activities of households as employers)',
  U: 'Aktivitas Badan Internasional dan Badan Ekstra Internasional Lainnya (extraterritorial organizations)',
};

registerEnumType(KbliCategory, {
  name: 'KbliCategory',
  description: 'KBLI 2020 category letter (A–U) of a business sector.',
  valuesConfig: Object.fromEntries(Object.entries(KBLI_2020_TITLES).map(([letter, title]) => [letter, { description: title }])),
});

/**
 * A KBLI filter as a buyer gives it: a division (2 digits) down to a full code (5 digits), matched
 * as a prefix, so "10" finds every food manufacturer and "10794" one line of them.
 */
export function assertKbliPrefix(text: string, argument = 'kbli'): string {
  if (!/^\d{2,5}$/.test(text) || !kbliCategoryOf(text)) throw badUserInput(`"${text}" is not a KBLI 2020 code: give 2 to 5 digits of a known division, e.g. 10 or 10794`, { argument });
  return text;
}
