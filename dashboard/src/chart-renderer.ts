import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { ChartSpec } from './report/charts';

echarts.use([BarChart, LineChart, TitleComponent, TooltipComponent, GridComponent, LegendComponent, AriaComponent, SVGRenderer]);

/** Draws a chart as SVG (sharp when printed). ECharts is a chunk of its own, loaded while the page asks the graph. */
export function drawChart(container: HTMLElement, spec: ChartSpec): void {
  echarts.init(container, undefined, { renderer: 'svg', height: 320 }).setOption(spec.option);
}
