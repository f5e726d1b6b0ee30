import { badUserInput } from '../errors/graphql-errors';

/** Kemendagri region code: PP, PP.KK, PP.KK.DD or PP.KK.DD.VVVV. */
const REGION_CODE = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

export function isRegionCode(code: string): boolean {
  return REGION_CODE.test(code);
}

/** Rejects a malformed code before it reaches SQL; `%` and `_` can never pass, so LIKE stays a prefix match. */
export function assertRegionCode(code: string, argument = 'region'): string {
  if (isRegionCode(code)) return code;
  throw badUserInput(
    `"${code}" is not a region code: expected Kemendagri form PP, PP.KK, PP.KK.DD or PP.KK.DD.VVVV (for example 36.74 or 36.74.03.1002)`,
    { argument },
  );
}

/** The parent's code, or undefined for a province. */
/** Whether `code` is the region `scope` itself or lies below it. */
export function isWithinRegion(code: string, scope: string): boolean {
  return code === scope || code.startsWith(`${scope}.`);
}

export function parentRegionCode(code: string): string | undefined {
  const cut = code.lastIndexOf('.');
  return cut === -1 ? undefined : code.slice(0, cut);
}

/**
 * SQL condition for "this region and everything below it" on a column holding the most
 * precise code known. Both arms are index range scans: equality and a LIKE with a fixed prefix.
 */
export function regionWithinCondition(column: string, code: string, parameter = 'regionCode') {
  assertRegionCode(code);
  return {
    sql: `(${column} = :${parameter} OR ${column} LIKE :${parameter}Prefix)`,
    parameters: { [parameter]: code, [`${parameter}Prefix`]: `${code}.%` },
  };
}

/** The regency or city (kabupaten/kota) a district or village code belongs to, e.g. 32.04.05.2001 → 32.04. */
export function regencyOf(code: string): string {
  return code.split('.').slice(0, 2).join('.');
}
