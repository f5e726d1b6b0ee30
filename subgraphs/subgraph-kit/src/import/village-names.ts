import { isWithinRegion } from '../region/region-code';
import type { RegionDirectory, RegionRecord } from '../region/region-directory';
import { normalizeHeader } from './column-headers';
import { CellError, RowIssueCode } from './row-issue';

/**
 * Villages (kelurahan/desa) of one office's region by name, as sheets write them: "Batu Merah",
 * "BATU MERAH", "Kel. Batu Merah". A name found in several kecamatan needs the kecamatan too.
 */
export class VillageNames {
  private readonly byName = new Map<string, RegionRecord[]>();

  constructor(
    private readonly directory: RegionDirectory,
    readonly regionCode: string,
  ) {
    for (const village of directory.villagesWithin(regionCode)) {
      const key = nameKey(village.name);
      this.byName.set(key, [...(this.byName.get(key) ?? []), village]);
    }
  }

  /** The village's code; an unknown or ambiguous name is refused with the candidates. */
  resolve(village: string, district?: string): string {
    const named = this.byName.get(nameKey(village)) ?? [];
    const inDistrict = district ? named.filter((candidate) => nameKey(this.districtOf(candidate)) === nameKey(district)) : named;
    if (inDistrict.length === 1) return inDistrict[0].code;
    if (inDistrict.length === 0) {
      const where = district ? `kecamatan "${district}" of ` : '';
      const elsewhere = named.map((candidate) => `${candidate.name}, Kec. ${this.districtOf(candidate)} (${candidate.code})`);
      throw new CellError(RowIssueCode.UNKNOWN_REGION, `No village "${village}" in ${where}region ${this.regionCode}${elsewhere.length ? `; candidates: ${elsewhere.join('; ')}` : ''}`);
    }
    const candidates = inDistrict.map((candidate) => `${candidate.name}, Kec. ${this.districtOf(candidate)} (${candidate.code})`);
    throw new CellError(RowIssueCode.AMBIGUOUS_REGION, `"${village}" names ${inDistrict.length} villages in region ${this.regionCode}: give the kecamatan or the code; candidates: ${candidates.join('; ')}`);
  }

  /** A region code the sheet gives directly must exist and lie inside the office's region. */
  assertInside(code: string): string {
    if (!this.directory.has(code)) throw new CellError(RowIssueCode.UNKNOWN_REGION, `"${code}" is not a Kemendagri region code`);
    if (!isWithinRegion(code, this.regionCode)) throw new CellError(RowIssueCode.FORBIDDEN_REGION, `Region ${code} is outside the importing office's region ${this.regionCode}`);
    return code;
  }

  private districtOf(village: RegionRecord): string {
    return this.directory.find(village.parentCode ?? '')?.name ?? '';
  }
}

/** Names compare like headers, without a leading "Kel."/"Desa"/"Kec." prefix. */
function nameKey(name: string): string {
  return normalizeHeader(name.replace(/^\s*(kel\.?|kelurahan|desa|ds\.?|kec\.?|kecamatan)\s+/i, ''));
}
