import { GraphQLScalarType, Kind } from 'graphql';
import type { ValueTransformer } from 'typeorm';
import { badUserInput } from '../errors/graphql-errors';

/** Non-negative, at most 18 integer digits and 2 decimals: fits DECIMAL(20,2) exactly. */
const RUPIAH = /^\d{1,18}(\.\d{1,2})?$/;

/** Canonical text of an amount: no leading zeros, no trailing zero decimals ("1250000", "1250000.5"). */
export function normalizeRupiah(value: string | number): string {
  const text = typeof value === 'number' ? value.toFixed(2) : value;
  const [whole, fraction = ''] = text.split('.');
  const trimmedWhole = whole.replace(/^0+(?=\d)/, '');
  const trimmedFraction = fraction.replace(/0+$/, '');
  return trimmedFraction ? `${trimmedWhole}.${trimmedFraction}` : trimmedWhole;
}

function parseRupiah(value: unknown): string {
  const text = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value;
  if (typeof text === 'string' && RUPIAH.test(text)) return normalizeRupiah(text);
  throw badUserInput(
    `${JSON.stringify(value)} is not a rupiah amount: give a non-negative decimal string such as "534000000000" or "1250000.50"`,
  );
}

export const RupiahScalar = new GraphQLScalarType({
  name: 'Rupiah',
  description:
    'An exact amount of Indonesian rupiah as a decimal string (e.g. "534000000000"), so that amounts beyond 32 bits stay exact. ' +
    'Non-negative, at most 18 digits before and 2 after the decimal point.',
  serialize: (value) => normalizeRupiah(value as string | number),
  parseValue: parseRupiah,
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT) return parseRupiah(ast.value);
    throw badUserInput('A rupiah amount must be given as a string such as "534000000000"');
  },
});

/** DECIMAL column transformer: mysql2 returns DECIMAL as a string and SQLite as a number; both leave as canonical text. */
export const rupiahColumn: ValueTransformer = {
  to: (value: string | null | undefined) => value,
  from: (value: string | number | null) => (value === null || value === undefined ? value : normalizeRupiah(value)),
};

/** An amount in sen (1/100 rupiah) as a bigint, for exact comparisons beyond 2^53. */
export function rupiahToSen(amount: string | number): bigint {
  const [whole, fraction = ''] = normalizeRupiah(amount).split('.');
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
}

export function senToRupiah(sen: bigint): string {
  return normalizeRupiah(`${sen / 100n}.${String(sen % 100n).padStart(2, '0')}`);
}
