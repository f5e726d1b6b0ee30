import { CellError, RowIssueCode } from './row-issue';
import type { SheetRow } from './sheet-rows';
import type { VillageNames } from './village-names';

/** The columns a sheet may place a record with: a Kemendagri code, or a village name with its kecamatan. */
export interface RegionColumns<Key extends string> {
  code: Key;
  village: Key;
  district: Key;
}

/**
 * Where the row's record is: its Kemendagri code when the sheet gives one (it must lie in the
 * office's region), else its village resolved by name inside the office's region.
 */
export function readRowRegion<Key extends string>(row: SheetRow<Key>, villages: VillageNames, columns: RegionColumns<Key>): string | undefined {
  const code = row.text(columns.code);
  if (code) return row.optional(columns.code, (text) => villages.assertInside(text));
  const village = row.text(columns.village);
  const district = row.text(columns.district);
  if (!village) {
    return row.fail(columns.village, '', new CellError(RowIssueCode.REQUIRED, 'Give the village (Kelurahan/Desa, with its Kecamatan) or the Kemendagri region code'));
  }
  try {
    return villages.resolve(village, district || undefined);
  } catch (error) {
    if (!(error instanceof CellError)) throw error;
    return row.fail(columns.village, district ? `${village}, ${district}` : village, error);
  }
}
