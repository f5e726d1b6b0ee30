import { h } from './dom';
import type { RegionFiguresFragment } from './gql/graphql';
import { word, type Language } from './report/language';
import type { ReportTable } from './report/report-tables';

/** A table of the report, regions side by side; each cell says its region, figure and value for the tests. */
export function renderReportTable(language: Language, table: ReportTable, regions: readonly RegionFiguresFragment[]): HTMLElement {
  return h(
    'table',
    { class: 'figures', 'data-table': table.id },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, word(language, 'region')), ...regions.map((region) => h('th', { scope: 'col', 'data-region': region.code }, region.name, h('small', {}, region.code))))),
    h(
      'tbody',
      {},
      ...table.rows.map((row) =>
        row.group
          ? h('tr', { class: 'group' }, h('th', { scope: 'rowgroup', colspan: regions.length + 1 }, row.label))
          : h(
              'tr',
              {},
              h('th', { scope: 'row' }, row.label),
              ...row.cells.map((cell) => h('td', { 'data-region': cell.region, 'data-figure': row.key, 'data-value': cell.value ?? '', class: typeof cell.value === 'string' ? 'text' : undefined }, cell.text)),
            ),
      ),
    ),
  );
}
