import type { OriginFragment, RegionFiguresFragment } from '../gql/graphql';
import { BUSINESS_SCALES, COOPERATIVE_TYPES, formatCount, formatDateRange, formatRupiah, word, type Language, type Word } from './language';

/** One figure of one region: the value (a number, or a date as ISO text), and how the page writes it. */
export interface ReportCell {
  region: string;
  value: number | string | null;
  text: string;
}

/** A row of a table, under a stable key the page's tests and the exports read; a group row only heads the rows below it. */
export interface ReportRow {
  key: string;
  label: string;
  group?: boolean;
  cells: ReportCell[];
}

export interface ReportTable {
  id: 'cooperatives' | 'umkm' | 'training' | 'trends' | 'quality';
  title: string;
  rows: ReportRow[];
}

/** What the tables cover besides the regions: the training period and the RAT year. */
export interface ReportPeriod {
  from: string;
  to: string;
  asOfYear: number;
}

type Figure = (region: RegionFiguresFragment) => number | null | undefined;

const countOf = (entries: ReadonlyArray<{ count: number }> | undefined | null, pick: (entry: any) => boolean) => (entries ? (entries.find(pick)?.count ?? 0) : null);

function numberRows(language: Language, regions: readonly RegionFiguresFragment[], table: string, rows: Array<[string, string, Figure]>): ReportRow[] {
  return rows.map(([key, label, figure]) => ({
    key: `${table}.${key}`,
    label,
    cells: regions.map((region) => {
      const value = figure(region);
      return { region: region.code, value: value ?? null, text: value === null || value === undefined ? word(language, 'unavailable') : formatCount(language, value) };
    }),
  }));
}

/** A row of Rupiah amounts, written short ("Rp 1,25 M"); the value stays exact enough for a sheet to add up. */
function rupiahRow(language: Language, regions: readonly RegionFiguresFragment[], key: string, label: string, amount: (region: RegionFiguresFragment) => string | null | undefined): ReportRow {
  return {
    key,
    label,
    cells: regions.map((region) => {
      const value = amount(region);
      return { region: region.code, value: value === null || value === undefined ? null : Number(value), text: value === null || value === undefined ? word(language, 'unavailable') : formatRupiah(language, value) };
    }),
  };
}

/** The years a trend covers across the regions shown, oldest first. */
export function trendYears(regions: readonly RegionFiguresFragment[]): { fiscalYears: number[]; years: number[] } {
  const fiscalYears = new Set<number>();
  const years = new Set<number>();
  for (const region of regions) {
    for (const entry of region.cooperativeSummary?.annualMeetingsByYear ?? []) fiscalYears.add(entry.fiscalYear);
    for (const entry of region.trainingSummary?.byYear ?? []) years.add(entry.year);
  }
  const sorted = (set: Set<number>) => [...set].sort((a, b) => a - b);
  return { fiscalYears: sorted(fiscalYears), years: sorted(years) };
}

function trendRows(language: Language, regions: readonly RegionFiguresFragment[]): ReportRow[] {
  const { fiscalYears, years } = trendYears(regions);
  return [
    { key: 'trends.rat', label: word(language, 'ratByYear'), group: true, cells: [] },
    ...numberRows(language, regions, 'trends.rat', fiscalYears.map((year): [string, string, Figure] => [String(year), String(year), (region) => region.cooperativeSummary ? (region.cooperativeSummary.annualMeetingsByYear.find((entry) => entry.fiscalYear === year)?.cooperatives ?? 0) : null])),
    { key: 'trends.participants', label: word(language, 'participantsByYear'), group: true, cells: [] },
    ...numberRows(language, regions, 'trends.participants', years.map((year): [string, string, Figure] => [String(year), String(year), (region) => region.trainingSummary ? (region.trainingSummary.byYear.find((entry) => entry.year === year)?.participants ?? 0) : null])),
  ];
}

/** The largest sectors across the regions shown. */
function topSectors(regions: readonly RegionFiguresFragment[], top = 5): string[] {
  const totals = new Map<string, number>();
  for (const region of regions) for (const entry of region.umkmSummary?.bySector ?? []) totals.set(entry.sector, (totals.get(entry.sector) ?? 0) + entry.count);
  return [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, top).map(([sector]) => sector);
}

const ORIGINS: Array<[Word, (region: RegionFiguresFragment) => OriginFragment | null | undefined]> = [
  ['cooperatives', (region) => region.cooperativeRecords],
  ['umkm', (region) => region.umkmRecords],
  ['training', (region) => region.trainingRecords],
];

function qualityRows(language: Language, regions: readonly RegionFiguresFragment[]): ReportRow[] {
  return ORIGINS.flatMap(([subject, originOf]) => [
    { key: `quality.${subject}`, label: word(language, subject), group: true, cells: [] },
    {
      key: `quality.${subject}.latestReportedAt`,
      label: word(language, 'latestReport'),
      cells: regions.map((region) => {
        const origin = originOf(region);
        const reportedAt = origin?.latestReportedAt ?? null;
        const text = !origin ? word(language, 'unavailable') : reportedAt ? `${formatDateRange(language, reportedAt.slice(0, 10))} · ${origin.latestOffice}` : word(language, 'none');
        return { region: region.code, value: reportedAt, text };
      }),
    },
    ...numberRows(language, regions, `quality.${subject}`, [
      ['reported', word(language, 'reported'), (region) => originOf(region)?.reported],
      ['synthetic', word(language, 'synthetic'), (region) => originOf(region)?.synthetic],
    ]),
  ]);
}

/**
 * The coordination view as tables, regions side by side: the page shows them, and the exports
 * (XLSX, CSV, PDF) write the same rows, so a meeting's papers say what the screen said.
 */
export function reportTables(language: Language, regions: readonly RegionFiguresFragment[], period: ReportPeriod): ReportTable[] {
  const types = Object.entries(COOPERATIVE_TYPES).map(([type, label]): [string, string, Figure] => [`active.${type}`, `· ${label[language]}`, (region) => countOf(region.cooperativeSummary?.byType, (entry) => entry.type === type)]);
  const scales = Object.entries(BUSINESS_SCALES).map(([scale, label]): [string, string, Figure] => [`scale.${scale}`, `· ${label[language]}`, (region) => countOf(region.umkmSummary?.byScale, (entry) => entry.scale === scale)]);
  const sectors = topSectors(regions).map((sector): [string, string, Figure] => [`sector.${sector}`, `· KBLI ${sector}`, (region) => countOf(region.umkmSummary?.bySector, (entry) => entry.sector === sector)]);
  return [
    {
      id: 'cooperatives',
      title: `${word(language, 'cooperatives')} (${word(language, 'ratYear')} ${period.asOfYear})`,
      rows: numberRows(language, regions, 'cooperatives', [
        ['registered', word(language, 'registered'), (region) => region.cooperativeSummary?.total],
        ['active', word(language, 'active'), (region) => region.cooperativeSummary?.active],
        ...types,
        ['members', word(language, 'members'), (region) => region.cooperativeSummary?.members],
        ['withoutRecentRat', word(language, 'withoutRecentRat'), (region) => region.cooperativeSummary?.withoutRecentRat],
        ['withoutNik', word(language, 'withoutNik'), (region) => region.cooperativeSummary?.withoutNik],
      ]),
    },
    {
      id: 'umkm',
      title: word(language, 'umkm'),
      rows: numberRows(language, regions, 'umkm', [
        ['total', word(language, 'total'), (region) => region.umkmSummary?.total],
        ...scales,
        ['halalCertified', word(language, 'halalCertified'), (region) => region.umkmSummary?.halalCertified],
        ['womanOwned', word(language, 'womanOwned'), (region) => region.umkmSummary?.womanOwned],
        ['withoutKbliCode', word(language, 'withoutKbliCode'), (region) => region.umkmSummary?.withoutKbliCode],
        ...sectors,
      ]).concat(rupiahRow(language, regions, 'umkm.annualSales', word(language, 'annualSales'), (region) => region.umkmSummary?.annualSales)),
    },
    {
      id: 'training',
      title: `${word(language, 'training')} (${formatDateRange(language, period.from, period.to)})`,
      rows: numberRows(language, regions, 'training', (['programs', 'participants', 'completed', 'certified'] as const).map((key): [string, string, Figure] => [key, word(language, key), (region) => region.trainingSummary?.[key]])),
    },
    { id: 'trends', title: word(language, 'trends'), rows: trendRows(language, regions) },
    { id: 'quality', title: word(language, 'quality'), rows: qualityRows(language, regions) },
  ];
}
