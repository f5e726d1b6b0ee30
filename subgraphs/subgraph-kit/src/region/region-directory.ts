import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { parentRegionCode } from './region-code';

export enum RegionLevel {
  PROVINCE = 'PROVINCE',
  REGENCY = 'REGENCY',
  CITY = 'CITY',
  DISTRICT = 'DISTRICT',
  KELURAHAN = 'KELURAHAN',
  DESA = 'DESA',
}

export interface RegionRecord {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode?: string;
}

/** Level from the code's shape: regency numbers 71–99 are cities, village numbers starting with 1 are kelurahan. */
export function levelOfCode(code: string): RegionLevel {
  const parts = code.split('.');
  if (parts.length === 1) return RegionLevel.PROVINCE;
  if (parts.length === 2) return Number(parts[1]) >= 71 ? RegionLevel.CITY : RegionLevel.REGENCY;
  if (parts.length === 3) return RegionLevel.DISTRICT;
  return parts[3].startsWith('1') ? RegionLevel.KELURAHAN : RegionLevel.DESA;
}

const AREA_FILES = ['provinces', 'regencies', 'districts', 'villages'] as const;

function readAreaFile(dataDir: string, area: (typeof AREA_FILES)[number]): Array<{ code: string; name: string }> {
  const text = readFileSync(path.join(dataDir, `${area}.csv`), 'utf8');
  return Papa.parse<{ code: string; name: string }>(text, { header: true, skipEmptyLines: true }).data;
}

/**
 * Indonesia's administrative regions (Kemendagri codes) from the `idn-area-data` package (ODbL).
 * Loaded once per process; every subgraph answers Region's reference fields from this same data.
 */
export class RegionDirectory {
  private readonly byCode = new Map<string, RegionRecord>();
  private readonly childrenByCode = new Map<string, RegionRecord[]>();

  private constructor(records: Iterable<RegionRecord>) {
    for (const record of records) {
      this.byCode.set(record.code, record);
      if (!record.parentCode) continue;
      const siblings = this.childrenByCode.get(record.parentCode) ?? [];
      siblings.push(record);
      this.childrenByCode.set(record.parentCode, siblings);
    }
  }

  private static shared?: RegionDirectory;

  static load(): RegionDirectory {
    if (RegionDirectory.shared) return RegionDirectory.shared;
    const dataDir = path.join(path.dirname(require.resolve('idn-area-data/package.json')), 'data');
    const records = AREA_FILES.flatMap((area) => readAreaFile(dataDir, area)).map((row) => ({
      code: row.code,
      name: row.name,
      level: levelOfCode(row.code),
      parentCode: parentRegionCode(row.code),
    }));
    RegionDirectory.shared = new RegionDirectory(records);
    return RegionDirectory.shared;
  }

  find(code: string): RegionRecord | undefined {
    return this.byCode.get(code);
  }

  has(code: string): boolean {
    return this.byCode.has(code);
  }

  /** The provinces, in code order. */
  provinces(): RegionRecord[] {
    return [...this.byCode.values()].filter((record) => record.level === RegionLevel.PROVINCE).sort((a, b) => a.code.localeCompare(b.code));
  }

  children(code: string): RegionRecord[] {
    return this.childrenByCode.get(code) ?? [];
  }

  /** All villages (kelurahan and desa) at or below a region, in code order. */
  villagesWithin(code: string): RegionRecord[] {
    const region = this.find(code);
    if (!region) return [];
    if (region.level === RegionLevel.KELURAHAN || region.level === RegionLevel.DESA) return [region];
    return this.children(code).flatMap((child) => this.villagesWithin(child.code));
  }
}
