import type { EChartsOption as EChartsCoreOption } from 'echarts';
import { BUSINESS_SCALES, COOPERATIVE_TYPES, formatCount, word, type Language } from './language';
import type { RegionFiguresFragment } from '../gql/graphql';
import { trendYears } from './report-tables';

/** One chart of the page: its title and its ECharts option, the same in the browser and in exports. */
export interface ChartSpec {
  id: string;
  title: string;
  option: EChartsCoreOption;
}

/**
 * Every series gets a pattern (decal) besides its colour, so that a chart printed in black and white
 * for the meeting's papers still tells its bars apart; the palette is greys and a few strong hues.
 */
const PRINTABLE = {
  aria: { enabled: true, decal: { show: true } },
  color: ['#1f4e79', '#c55a11', '#548235', '#7f7f7f', '#bf9000', '#5b2c6f'],
  animation: false,
  textStyle: { fontFamily: 'system-ui, sans-serif' },
};

function stackedBars(language: Language, title: string, regions: string[], series: Array<{ name: string; values: number[] }>, stacked: boolean): EChartsCoreOption {
  return {
    ...PRINTABLE,
    title: { text: title, left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { bottom: 0 },
    grid: { left: 8, right: 16, top: 40, bottom: 48, containLabel: true },
    xAxis: { type: 'category', data: regions, axisLabel: { interval: 0, width: 110, overflow: 'break' } },
    yAxis: { type: 'value', axisLabel: { formatter: (value: number) => formatCount(language, value) } },
    series: series.map((entry) => ({ type: 'bar', name: entry.name, data: entry.values, ...(stacked ? { stack: 'total' } : {}), barMaxWidth: 48 })),
  };
}

/** The charts drawn under each table, on the page and in the PDF. */
export const CHARTS_OF_TABLE: Record<string, string[]> = {
  cooperatives: ['cooperatives-by-type'],
  umkm: ['umkm-by-scale'],
  training: ['training'],
  trends: ['rat-trend', 'participants-trend'],
};

/** One line per region across the years: a trend that prints as distinct line styles and symbols. */
function regionLines(language: Language, title: string, years: number[], regions: readonly RegionFiguresFragment[], value: (region: RegionFiguresFragment, year: number) => number): EChartsCoreOption {
  const symbols = ['circle', 'rect', 'triangle', 'diamond', 'pin', 'arrow'];
  const dashes = ['solid', 'dashed', 'dotted'] as const;
  return {
    ...PRINTABLE,
    title: { text: title, left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 8, right: 24, top: 40, bottom: 48, containLabel: true },
    xAxis: { type: 'category', data: years.map(String) },
    yAxis: { type: 'value', axisLabel: { formatter: (amount: number) => formatCount(language, amount) } },
    series: regions.map((region, index) => ({
      type: 'line',
      name: region.name,
      data: years.map((year) => value(region, year)),
      symbol: symbols[index % symbols.length],
      symbolSize: 8,
      lineStyle: { type: dashes[index % dashes.length], width: 2 },
    })),
  };
}

const countOf = (entries: ReadonlyArray<{ count: number }> | undefined, pick: (entry: any) => boolean) => entries?.find(pick)?.count ?? 0;

/** The page's charts for these regions: cooperatives by type, UMKM by scale, training participants. */
export function regionCharts(language: Language, regions: readonly RegionFiguresFragment[]): ChartSpec[] {
  const names = regions.map((region) => region.name);
  const { fiscalYears, years } = trendYears(regions);
  return [
    {
      id: 'cooperatives-by-type',
      title: word(language, 'activeByType'),
      option: stackedBars(
        language,
        word(language, 'activeByType'),
        names,
        Object.entries(COOPERATIVE_TYPES).map(([type, label]) => ({ name: label[language], values: regions.map((region) => countOf(region.cooperativeSummary?.byType, (entry) => entry.type === type)) })),
        true,
      ),
    },
    {
      id: 'umkm-by-scale',
      title: word(language, 'byScale'),
      option: stackedBars(
        language,
        word(language, 'byScale'),
        names,
        Object.entries(BUSINESS_SCALES).map(([scale, label]) => ({ name: label[language], values: regions.map((region) => countOf(region.umkmSummary?.byScale, (entry) => entry.scale === scale)) })),
        true,
      ),
    },
    {
      id: 'training',
      title: word(language, 'trainingChart'),
      option: stackedBars(
        language,
        word(language, 'trainingChart'),
        names,
        (['participants', 'completed', 'certified'] as const).map((key) => ({ name: word(language, key), values: regions.map((region) => region.trainingSummary?.[key] ?? 0) })),
        false,
      ),
    },
    {
      id: 'rat-trend',
      title: word(language, 'ratTrend'),
      option: regionLines(language, word(language, 'ratTrend'), fiscalYears, regions, (region, year) => region.cooperativeSummary?.annualMeetingsByYear.find((entry) => entry.fiscalYear === year)?.cooperatives ?? 0),
    },
    {
      id: 'participants-trend',
      title: word(language, 'participantsTrend'),
      option: regionLines(language, word(language, 'participantsTrend'), years, regions, (region, year) => region.trainingSummary?.byYear.find((entry) => entry.year === year)?.participants ?? 0),
    },
  ];
}
