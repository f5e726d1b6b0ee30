import type { EChartsOption as EChartsCoreOption } from 'echarts';
import { BUSINESS_SCALES, COOPERATIVE_TYPES, formatCount, word, type Language } from './language';
import type { RegionFiguresFragment } from '../gql/graphql';

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

const countOf = (entries: ReadonlyArray<{ count: number }> | undefined, pick: (entry: any) => boolean) => entries?.find(pick)?.count ?? 0;

/** The page's charts for these regions: cooperatives by type, UMKM by scale, training participants. */
export function regionCharts(language: Language, regions: readonly RegionFiguresFragment[]): ChartSpec[] {
  const names = regions.map((region) => region.name);
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
  ];
}
