import { badUserInput } from '../errors/graphql-errors';
import { assertRegionCode } from './region-code';
import { RegionDirectory } from './region-directory';

/** A record's region must be a real one: well formed and present in the Kemendagri data. */
export function assertKnownRegion(code: string, argument = 'regionCode'): string {
  assertRegionCode(code, argument);
  if (RegionDirectory.load().has(code)) return code;
  throw badUserInput(`No region has the code "${code}" in the Kemendagri data`, { argument });
}
