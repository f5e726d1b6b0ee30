/** The coordination view without a browser: its query, tables and charts, for the gateway's exports. */
export { RegionsSideBySide, RegionDrillDown } from './operations';
export { reportTables, type ReportCell, type ReportPeriod, type ReportRow, type ReportTable } from './report-tables';
export { CHARTS_OF_TABLE, regionCharts, type ChartSpec } from './charts';
export { formatCount, formatDateRange, word, type Language } from './language';
export type { RegionFiguresFragment } from '../gql/graphql';
