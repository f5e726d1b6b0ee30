import { h } from './dom';
import type { OriginFragment, RegionFiguresFragment } from './gql/graphql';
import { BUSINESS_SCALES, COOPERATIVE_TYPES, formatCount, formatDateRange, word, type Language, type Word } from './language';

/** One row of a table: a figure of each region, under a stable key the tests and exports read. */
export interface FigureRow {
  key: string;
  label: string;
  value: (region: RegionFiguresFragment) => number | null | undefined;
}

export interface FigureTable {
  id: 'cooperatives' | 'umkm' | 'training';
  title: Word;
  rows: FigureRow[];
}

const count = (entries: ReadonlyArray<{ count: number }> | undefined | null, pick: (entry: any) => boolean) => (entries ? (entries.find(pick)?.count ?? 0) : null);

/** The page's three tables, regions side by side; a null figure is a subgraph that did not answer. */
export function figureTables(language: Language): FigureTable[] {
  return [
    {
      id: 'cooperatives',
      title: 'cooperatives',
      rows: [
        { key: 'registered', label: word(language, 'registered'), value: (region) => region.cooperativeSummary?.total },
        { key: 'active', label: word(language, 'active'), value: (region) => region.cooperativeSummary?.active },
        ...Object.entries(COOPERATIVE_TYPES).map(([type, label]) => ({ key: `active.${type}`, label: `· ${label[language]}`, value: (region: RegionFiguresFragment) => count(region.cooperativeSummary?.byType, (entry) => entry.type === type) })),
        { key: 'members', label: word(language, 'members'), value: (region) => region.cooperativeSummary?.members },
        { key: 'withoutRecentRat', label: word(language, 'withoutRecentRat'), value: (region) => region.cooperativeSummary?.withoutRecentRat },
        { key: 'withoutNik', label: word(language, 'withoutNik'), value: (region) => region.cooperativeSummary?.withoutNik },
      ],
    },
    {
      id: 'umkm',
      title: 'umkm',
      rows: [
        { key: 'total', label: word(language, 'total'), value: (region) => region.umkmSummary?.total },
        ...Object.entries(BUSINESS_SCALES).map(([scale, label]) => ({ key: `scale.${scale}`, label: `· ${label[language]}`, value: (region: RegionFiguresFragment) => count(region.umkmSummary?.byScale, (entry) => entry.scale === scale) })),
        { key: 'halalCertified', label: word(language, 'halalCertified'), value: (region) => region.umkmSummary?.halalCertified },
        { key: 'womanOwned', label: word(language, 'womanOwned'), value: (region) => region.umkmSummary?.womanOwned },
      ],
    },
    {
      id: 'training',
      title: 'training',
      rows: (['programs', 'participants', 'completed', 'certified'] as const).map((key) => ({ key, label: word(language, key), value: (region: RegionFiguresFragment) => region.trainingSummary?.[key] })),
    },
  ];
}

/** The largest sectors across the regions shown, as rows of the UMKM table. */
export function sectorRows(language: Language, regions: readonly RegionFiguresFragment[], top = 5): FigureRow[] {
  const totals = new Map<string, number>();
  for (const region of regions) for (const entry of region.umkmSummary?.bySector ?? []) totals.set(entry.sector, (totals.get(entry.sector) ?? 0) + entry.count);
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([sector]) => ({ key: `sector.${sector}`, label: `· KBLI ${sector}`, value: (region) => count(region.umkmSummary?.bySector, (entry) => entry.sector === sector) }));
}

export function renderFigureTable(language: Language, table: FigureTable, regions: readonly RegionFiguresFragment[]): HTMLElement {
  return h(
    'table',
    { class: 'figures', 'data-table': table.id },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, word(language, 'region')), ...regions.map((region) => h('th', { scope: 'col', 'data-region': region.code }, region.name, h('small', {}, region.code))))),
    h(
      'tbody',
      {},
      ...table.rows.map((row) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, row.label),
          ...regions.map((region) => {
            const value = row.value(region);
            return h('td', { 'data-region': region.code, 'data-figure': `${table.id}.${row.key}`, 'data-value': value ?? '' }, value === null || value === undefined ? word(language, 'unavailable') : formatCount(language, value));
          }),
        ),
      ),
    ),
  );
}

type OriginOf = (region: RegionFiguresFragment) => OriginFragment | null | undefined;

const ORIGINS: Array<[Word, OriginOf]> = [
  ['cooperatives', (region) => region.cooperativeRecords],
  ['umkm', (region) => region.umkmRecords],
  ['training', (region) => region.trainingRecords],
];

/**
 * How fresh each subgraph's numbers are in each region, and where they came from: the latest report
 * with its office, and synthetic against reported records. The meeting sees how old a number is.
 */
export function renderQualityTable(language: Language, regions: readonly RegionFiguresFragment[]): HTMLElement {
  const cell = (region: RegionFiguresFragment, key: string, value: number | null | undefined) =>
    h('td', { 'data-region': region.code, 'data-figure': key, 'data-value': value ?? '' }, value === null || value === undefined ? word(language, 'unavailable') : formatCount(language, value));
  const rows = ORIGINS.flatMap(([subject, originOf]) => [
    h('tr', { class: 'group' }, h('th', { scope: 'rowgroup', colspan: regions.length + 1 }, word(language, subject))),
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, word(language, 'latestReport')),
      ...regions.map((region) => {
        const origin = originOf(region);
        const reportedAt = origin?.latestReportedAt ?? null;
        return h(
          'td',
          { 'data-region': region.code, 'data-figure': `quality.${subject}.latestReportedAt`, 'data-value': reportedAt ?? '', class: 'freshness' },
          !origin ? word(language, 'unavailable') : reportedAt ? `${formatDateRange(language, reportedAt.slice(0, 10))} · ${origin.latestOffice}` : word(language, 'none'),
        );
      }),
    ),
    h('tr', {}, h('th', { scope: 'row' }, word(language, 'reported')), ...regions.map((region) => cell(region, `quality.${subject}.reported`, originOf(region)?.reported))),
    h('tr', {}, h('th', { scope: 'row' }, word(language, 'synthetic')), ...regions.map((region) => cell(region, `quality.${subject}.synthetic`, originOf(region)?.synthetic))),
  ]);
  return h(
    'table',
    { class: 'figures', 'data-table': 'quality' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, word(language, 'region')), ...regions.map((region) => h('th', { scope: 'col', 'data-region': region.code }, region.name, h('small', {}, region.code))))),
    h('tbody', {}, ...rows),
  );
}
