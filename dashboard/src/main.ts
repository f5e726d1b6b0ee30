import { h } from './dom';
import type { RegionFiguresFragment } from './gql/graphql';
import { GraphError, graphApi } from './graph-api';
import { CHARTS_OF_TABLE, regionCharts, type ChartSpec } from './report/charts';
import { word, type Language } from './report/language';
import { RegionDrillDown, RegionsSideBySide } from './report/operations';
import { reportTables } from './report/report-tables';
import { renderReportTable } from './report-view';
import { currentSession, signIn, signOut, type Session } from './session';
import { SupplierSearch } from './suppliers/operations';
import { emptySupplierSearch, isNarrowed, supplierExportQuery, supplierForm, supplierResults, supplierVariables, type SupplierSearchState } from './suppliers/supplier-view';

// The charting library is most of the page's script, and evaluating it keeps the browser busy for
// a while: it is loaded once the first tables are on screen, so the numbers show first.
let chartRenderer: Promise<typeof import('./chart-renderer')> | undefined;
const drawLater = (canvas: HTMLElement, spec: ChartSpec) =>
  requestAnimationFrame(() =>
    void (chartRenderer ??= import('./chart-renderer')).then(({ drawChart }) => {
      drawChart(canvas, spec);
      // How long the meeting waited for the whole page, from navigation, in the browser's own clock.
      if (!root.querySelector('.chart:empty')) root.setAttribute('data-charts-ms', String(Math.round(performance.now())));
    }),
  );

/** What the gateway puts in the page: where the graph is, and locally a token to start with. */
declare global {
  interface Window {
    __KUMKM_DASHBOARD__?: { endpoint: string; localToken?: string };
  }
}

/** The three regions of the Rakor: Maluku, Jakarta Utara and Tangerang Selatan. */
const RAKOR_REGIONS = ['81', '31.72', '36.74'];

interface View {
  /** The comparison of regions (Rakor), or the supplier search (Bela Pengadaan). */
  page: 'rakor' | 'suppliers';
  suppliers: SupplierSearchState;
  language: Language;
  codes: string[];
  from: string;
  to: string;
  asOfYear: number;
  /** The region drilled into, when one is. */
  drilledInto?: string;
  message?: string;
}

const settings = window.__KUMKM_DASHBOARD__ ?? { endpoint: '/graphql' };
const root = document.getElementById('dashboard')!;
let session: Session | null = currentSession(settings.localToken);
const today = new Date();
const view: View = {
  page: location.hash === '#penyedia' ? 'suppliers' : 'rakor',
  suppliers: emptySupplierSearch(session?.region ?? ''),
  language: (localStorage.getItem('kumkm-dashboard-language') as Language | null) ?? 'id',
  codes: RAKOR_REGIONS,
  from: `${today.getFullYear() - 4}-01-01`,
  to: today.toISOString().slice(0, 10),
  asOfYear: today.getFullYear(),
};
const ask = graphApi(settings.endpoint, () => session?.token ?? null, () => {
  signOut();
  session = null;
  void render();
});
const t = (key: Parameters<typeof word>[1]) => word(view.language, key);

function header(): HTMLElement {
  return h(
    'header',
    {},
    h('h1', {}, t('title')),
    h(
      'div',
      { class: 'who' },
      session && h('span', { 'data-session': session.role }, `${t('signedInAs')} ${session.subject} (${session.role}${session.region ? `, ${session.region}` : ''})`),
      h('button', { type: 'button', 'data-action': 'language', onclick: () => switchLanguage() }, t('language')),
      session && h('button', { type: 'button', 'data-action': 'sign-out', onclick: () => { signOut(); session = null; void render(); } }, t('signOut')),
    ),
  );
}

/** Which view is on screen; the address remembers it (#penyedia), so a link opens the search. */
function pages(): HTMLElement {
  const go = (page: View['page']) => {
    view.page = page;
    history.replaceState(null, '', page === 'suppliers' ? '#penyedia' : '#');
    void render();
  };
  return h(
    'nav',
    { class: 'pages' },
    h('button', { type: 'button', 'data-page': 'rakor', 'aria-current': view.page === 'rakor' ? 'page' : undefined, onclick: () => go('rakor') }, t('rakorView')),
    h('button', { type: 'button', 'data-page': 'suppliers', 'aria-current': view.page === 'suppliers' ? 'page' : undefined, onclick: () => go('suppliers') }, t('suppliersView')),
  );
}

function switchLanguage(): void {
  view.language = view.language === 'id' ? 'en' : 'id';
  localStorage.setItem('kumkm-dashboard-language', view.language);
  document.documentElement.lang = view.language;
  void render();
}

function signInForm(): HTMLElement {
  const input = h('textarea', { name: 'token', rows: 4, cols: 60, 'aria-label': 'token' }) as HTMLTextAreaElement;
  return h(
    'form',
    { class: 'sign-in', onsubmit: (event: Event) => { event.preventDefault(); session = signIn(input.value); void render(); } },
    h('h2', {}, t('signInTitle')),
    h('p', {}, t('signInHelp')),
    input,
    h('button', { type: 'submit' }, t('signIn')),
  );
}

function controls(): HTMLElement {
  const code = h('input', { name: 'region', placeholder: t('regionCodePlaceholder'), size: 22 }) as HTMLInputElement;
  const from = h('input', { type: 'date', name: 'from', value: view.from }) as HTMLInputElement;
  const to = h('input', { type: 'date', name: 'to', value: view.to }) as HTMLInputElement;
  const year = h('input', { type: 'number', name: 'asOfYear', value: view.asOfYear, min: 1945, max: 2100 }) as HTMLInputElement;
  return h(
    'section',
    { class: 'controls' },
    h(
      'form',
      { 'data-form': 'add-region', onsubmit: (event: Event) => { event.preventDefault(); addRegion(code.value.trim()); } },
      h('label', {}, `${t('addRegion')} `, code),
      h('button', { type: 'submit' }, t('addRegion')),
    ),
    h(
      'form',
      { 'data-form': 'period', onsubmit: (event: Event) => { event.preventDefault(); Object.assign(view, { from: from.value, to: to.value, asOfYear: Number(year.value) }); void render(); } },
      h('label', {}, `${t('trainingPeriod')} ${t('from')} `, from),
      h('label', {}, ` ${t('to')} `, to),
      h('label', {}, ` ${t('ratYear')} `, year),
      h('button', { type: 'submit' }, t('apply')),
    ),
    view.message && h('p', { class: 'message', role: 'alert' }, view.message),
  );
}

function addRegion(code: string): void {
  if (!code || view.codes.includes(code)) return;
  view.codes = [...view.codes, code];
  view.drilledInto = undefined;
  void render();
}

function regionButtons(regions: readonly RegionFiguresFragment[]): HTMLElement {
  return h(
    'ul',
    { class: 'regions' },
    ...regions.map((region) =>
      h(
        'li',
        { 'data-region': region.code },
        h('strong', {}, region.name),
        ` ${region.code} `,
        h('button', { type: 'button', 'data-action': 'drill-down', onclick: () => { view.drilledInto = region.code; void render(); } }, t('drillDown')),
        !view.drilledInto && h('button', { type: 'button', 'data-action': 'remove', onclick: () => { view.codes = view.codes.filter((code) => code !== region.code); void render(); } }, t('remove')),
      ),
    ),
  );
}

/** The exports of what is on screen: the same tables and charts, made by the gateway with the same token. */
function exportQuery(regions: readonly RegionFiguresFragment[]): string {
  return new URLSearchParams({ regions: regions.map((region) => region.code).join(','), from: view.from, to: view.to, asOfYear: String(view.asOfYear), lang: view.language }).toString();
}

/** Downloads with the bearer token (a plain link cannot send it), then saves the file. */
async function download(path: string, fileName: string): Promise<void> {
  const response = await fetch(path, { headers: { authorization: `Bearer ${session?.token ?? ''}` } });
  if (!response.ok) {
    view.message = `${t('failed')}: HTTP ${response.status}`;
    void render();
    return;
  }
  const link = h('a', { href: URL.createObjectURL(await response.blob()), download: fileName }) as HTMLAnchorElement;
  link.click();
  URL.revokeObjectURL(link.href);
}

function exportButtons(query: string): HTMLElement {
  return h(
    'div',
    { class: 'exports' },
    `${t('download')}: `,
    ...(['xlsx', 'csv', 'pdf'] as const).map((format) => h('button', { type: 'button', 'data-export': format, onclick: () => void download(`/exports/rakor.${format}?${query}`, `rakor-kumkm.${format}`) }, format.toUpperCase())),
  );
}

function figures(regions: readonly RegionFiguresFragment[]): HTMLElement {
  const tables = reportTables(view.language, regions, view);
  const charts = regionCharts(view.language, regions);
  const query = exportQuery(regions);
  return h(
    'div',
    { class: 'figures' },
    exportButtons(query),
    ...tables.map((table) => {
      const specs = charts.filter((chart) => (CHARTS_OF_TABLE[table.id] ?? []).includes(chart.id));
      return h(
        'section',
        { class: 'subject', 'data-subject': table.id },
        h('h2', {}, table.title),
        table.id === 'quality' && h('p', { class: 'help' }, t('qualityHelp')),
        h('div', { class: 'table-scroll' }, renderReportTable(view.language, table, regions)),
        ...specs.flatMap((spec) => {
          const canvas = h('div', { class: 'chart', 'data-chart': spec.id });
          drawLater(canvas, spec);
          return [canvas, h('button', { type: 'button', class: 'chart-png', 'data-export': `chart-${spec.id}`, onclick: () => void download(`/exports/charts/${spec.id}.png?${query}`, `${spec.id}.png`) }, `PNG: ${spec.title}`)];
        }),
      );
    }),
  );
}

/** One request per view: the chosen regions side by side, or the children of the one drilled into. */
async function regionsOfView(): Promise<{ regions: RegionFiguresFragment[]; heading: string }> {
  const period = { from: view.from, to: view.to, asOfYear: view.asOfYear };
  if (view.drilledInto) {
    const { region } = await ask(RegionDrillDown, { code: view.drilledInto, ...period });
    if (!region) throw new GraphError(`${t('unknownRegion')}: ${view.drilledInto}`, 'NOT_FOUND');
    return { regions: region.children, heading: `${t('childrenOf')} ${region.name}` };
  }
  const { regions } = await ask(RegionsSideBySide, { codes: view.codes, ...period });
  const unknown = view.codes.filter((code) => !regions.some((region) => region.code === code));
  if (unknown.length) {
    view.codes = view.codes.filter((code) => !unknown.includes(code));
    view.message = `${t('unknownRegion')}: ${unknown.join(', ')}`;
  }
  return { regions, heading: t('regions') };
}

/**
 * Each render's number: an answer that arrives after a newer render began (a quick second click,
 * a switch of view) is dropped instead of replacing what the newer one shows.
 */
let latestRender = 0;

/** The supplier search: the form, and once narrowed, one request for the page of results. */
async function renderSuppliers(ticket: number): Promise<void> {
  // One form for the whole render: what the user types while the answer loads stays in it.
  const form = supplierForm(view.language, view.suppliers, (state) => {
    view.suppliers = state;
    void render();
  });
  if (!isNarrowed(view.suppliers)) {
    root.replaceChildren(header(), pages(), form);
    return;
  }
  root.replaceChildren(header(), pages(), form, h('p', { class: 'loading' }, t('loading')));
  try {
    const { suppliers } = await ask(SupplierSearch, supplierVariables(view.suppliers));
    if (ticket !== latestRender) return;
    const query = supplierExportQuery(view.suppliers);
    const exports = h(
      'div',
      { class: 'exports' },
      `${t('download')}: `,
      ...(['xlsx', 'csv'] as const).map((format) => h('button', { type: 'button', 'data-export': `suppliers-${format}`, onclick: () => void download(`/exports/suppliers.${format}?${query}`, `penyedia.${format}`) }, format.toUpperCase())),
    );
    const turn = (cursors: Array<string | null>) => () => {
      view.suppliers = { ...view.suppliers, cursors };
      void render();
    };
    const results = supplierResults(view.language, suppliers, {
      onNext: suppliers.pageInfo.hasNextPage ? turn([...view.suppliers.cursors, suppliers.pageInfo.endCursor]) : undefined,
      onFirst: view.suppliers.cursors.length > 1 ? turn([null]) : undefined,
    }, exports);
    root.replaceChildren(header(), pages(), form, results);
    root.setAttribute('data-ready', 'true');
  } catch (error) {
    if (ticket !== latestRender) return;
    const message = error instanceof GraphError ? `${t('failed')}: ${error.message} (${error.code})` : String(error);
    root.replaceChildren(header(), pages(), form, h('p', { class: 'message', role: 'alert' }, message));
  }
}

async function render(): Promise<void> {
  document.documentElement.lang = view.language;
  if (!session) {
    root.replaceChildren(header(), signInForm());
    return;
  }
  const ticket = ++latestRender;
  root.removeAttribute('data-ready');
  if (view.page === 'suppliers') return renderSuppliers(ticket);
  root.replaceChildren(header(), pages(), controls(), h('p', { class: 'loading' }, t('loading')));
  try {
    const { regions, heading } = await regionsOfView();
    if (ticket !== latestRender) return;
    const body = regions.length === 0 ? h('p', {}, t('noChildren')) : figures(regions);
    root.replaceChildren(
      header(),
      pages(),
      controls(),
      h('section', { class: 'chosen' }, h('h2', {}, heading), view.drilledInto && h('button', { type: 'button', 'data-action': 'back', onclick: () => { view.drilledInto = undefined; void render(); } }, t('back')), regionButtons(regions)),
      body,
    );
    if (!root.hasAttribute('data-ready-ms')) root.setAttribute('data-ready-ms', String(Math.round(performance.now())));
    root.setAttribute('data-ready', 'true');
  } catch (error) {
    if (ticket !== latestRender) return;
    const message = error instanceof GraphError ? `${t('failed')}: ${error.message} (${error.code})` : String(error);
    root.replaceChildren(header(), pages(), controls(), h('p', { class: 'message', role: 'alert' }, message));
  } finally {
    view.message = undefined;
  }
}

void render();
