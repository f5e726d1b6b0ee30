import { h } from '../dom';
import type { SupplierSearchQuery, SupplierSearchQueryVariables } from '../gql/graphql';
import { BUSINESS_SCALES, formatCount, formatRupiah, PRODUCT_CATEGORIES, word, type Language } from '../report/language';

/** What the buyer asked: the form's fields, and the cursors of the pages shown so far. */
export interface SupplierSearchState {
  search: string;
  region: string;
  category: string;
  halal: boolean;
  trained: boolean;
  offered: boolean;
  /** `after` of each page, the first page's null: "next" pushes, "first page" empties. */
  cursors: Array<string | null>;
}

type Suppliers = SupplierSearchQuery['suppliers'];
type SupplierEdge = Suppliers['edges'][number];
type Offer = SupplierEdge['offers'][number];

export function emptySupplierSearch(region = ''): SupplierSearchState {
  return { search: '', region, category: '', halal: false, trained: false, offered: true, cursors: [null] };
}

/** A search with neither words nor a region would list the country; the API refuses it, and so does the form. */
export function isNarrowed(state: SupplierSearchState): boolean {
  return Boolean(state.search.trim() || state.region.trim());
}

/** The filter as the API takes it: a box left unticked sets nothing. */
function filterOf(state: SupplierSearchState) {
  return {
    ...(state.region.trim() ? { region: state.region.trim() } : {}),
    ...(state.category ? { category: state.category as NonNullable<NonNullable<SupplierSearchQueryVariables['filter']>['category']> } : {}),
    ...(state.halal ? { halal: true } : {}),
    ...(state.trained ? { trained: true } : {}),
    ...(state.offered ? { offeredForProcurement: true } : {}),
  };
}

export function supplierVariables(state: SupplierSearchState): SupplierSearchQueryVariables {
  return { search: state.search.trim() || null, filter: filterOf(state), after: state.cursors.at(-1) ?? null };
}

/** The same search as the export's query string (`/exports/suppliers.csv?…`): every page, not only the one shown. */
export function supplierExportQuery(state: SupplierSearchState): string {
  const parameters = new URLSearchParams(Object.entries(filterOf(state)).map(([name, value]) => [name, String(value)]));
  if (state.search.trim()) parameters.set('search', state.search.trim());
  return parameters.toString();
}

export function supplierForm(language: Language, state: SupplierSearchState, onSearch: (state: SupplierSearchState) => void): HTMLElement {
  const t = (key: Parameters<typeof word>[1]) => word(language, key);
  const search = h('input', { name: 'search', value: state.search, placeholder: t('searchPlaceholder'), size: 28, maxlength: 100 }) as HTMLInputElement;
  const region = h('input', { name: 'region', value: state.region, placeholder: t('regionCodePlaceholder'), size: 18 }) as HTMLInputElement;
  const category = h(
    'select',
    { name: 'category' },
    h('option', { value: '' }, t('anyCategory')),
    ...Object.entries(PRODUCT_CATEGORIES).map(([value, names]) => h('option', { value, selected: value === state.category }, names[language])),
  ) as HTMLSelectElement;
  const box = (name: string, checked: boolean, label: string) => {
    const input = h('input', { type: 'checkbox', name, checked }) as HTMLInputElement;
    return { input, label: h('label', {}, input, ` ${label}`) };
  };
  const halal = box('halal', state.halal, t('onlyHalal'));
  const trained = box('trained', state.trained, t('onlyTrained'));
  const offered = box('offered', state.offered, t('onlyOffered'));
  return h(
    'form',
    {
      class: 'controls',
      'data-form': 'supplier-search',
      onsubmit: (event: Event) => {
        event.preventDefault();
        onSearch({ search: search.value, region: region.value, category: category.value, halal: halal.input.checked, trained: trained.input.checked, offered: offered.input.checked, cursors: [null] });
      },
    },
    h('label', {}, `${t('searchWords')} `, search),
    h('label', {}, ` ${t('region')} `, region),
    h('label', {}, ` ${t('category')} `, category),
    halal.label,
    trained.label,
    offered.label,
    h('button', { type: 'submit' }, t('search')),
    h('p', { class: 'help' }, t('searchHelp')),
  );
}

/** "Rp 15.000–25.000 / bungkus · 2.000 per bulan". */
function termsOf(language: Language, offer: Offer): string {
  const { priceMin, priceMax, unit, monthlyCapacity } = offer.offer;
  const price = priceMin ? `${formatRupiah(language, priceMin)}${priceMax && priceMax !== priceMin ? `–${formatRupiah(language, priceMax).replace(/^Rp /, '')}` : ''}${unit ? ` / ${unit}` : ''}` : '';
  const capacity = monthlyCapacity ? `${formatCount(language, monthlyCapacity)} ${word(language, 'perMonth')}` : '';
  return [price, capacity].filter(Boolean).join(' · ');
}

/** A readiness mark that reads in black and white: its name with ✓ or ✗, never colour alone. */
function badge(name: string, label: string, held: boolean | null | undefined): HTMLElement | null {
  if (held === null || held === undefined) return null;
  return h('span', { class: held ? 'badge held' : 'badge', 'data-badge': name, 'data-held': String(held) }, `${label} ${held ? '✓' : '✗'}`);
}

function readiness(language: Language, node: SupplierEdge['node']): HTMLElement {
  const t = (key: Parameters<typeof word>[1]) => word(language, key);
  const training = node.trainingReadiness;
  const trainedLabel = training && training.certificates > 0 ? `${t('trained')} (${training.certificates} ${t('certificates')})` : t('trained');
  if (node.__typename === 'Cooperative') {
    return h('td', { class: 'badges' }, badge('rat', t('ratCompliant'), node.ratCompliant), badge('trained', trainedLabel, training ? training.completedPrograms > 0 : null));
  }
  return h(
    'td',
    { class: 'badges' },
    badge('nib', 'NIB', Boolean(node.nib)),
    badge('halal', 'Halal', Boolean(node.halalCertification)),
    h('span', { class: 'badge held', 'data-badge': 'scale' }, BUSINESS_SCALES[node.scale]?.[language] ?? node.scale),
    node.cooperative && badge('rat', `${t('ratCompliant')} (${node.cooperative.name})`, node.cooperative.ratCompliant),
    badge('trained', trainedLabel, training ? training.completedPrograms > 0 : null),
  );
}

function supplierRow(language: Language, edge: SupplierEdge): HTMLElement {
  const node = edge.node;
  const name = node.__typename === 'Cooperative' ? node.name : node.businessName;
  const kind = node.__typename === 'Cooperative' ? word(language, 'cooperatives') : word(language, 'umkm');
  return h(
    'tr',
    { 'data-supplier': node.id, 'data-kind': node.__typename },
    h('th', { scope: 'row' }, h('strong', {}, name), h('small', {}, ` ${kind} · ${node.region?.name ?? ''} ${node.regionCode}`)),
    h('td', {}, h('ul', { class: 'offers' }, ...edge.offers.map((offer) => h('li', { 'data-offer': offer.id }, h('strong', {}, offer.name), offer.__typename === 'Product' && offer.category ? ` (${PRODUCT_CATEGORIES[offer.category]?.[language] ?? offer.category})` : offer.__typename === 'BusinessLine' ? ` (KBLI ${offer.kbliCode})` : '', h('br', {}), termsOf(language, offer))))),
    readiness(language, node),
  );
}

export function supplierResults(language: Language, suppliers: Suppliers, pages: { onNext?: () => void; onFirst?: () => void }, exports: HTMLElement): HTMLElement {
  const t = (key: Parameters<typeof word>[1]) => word(language, key);
  return h(
    'section',
    { class: 'subject', 'data-subject': 'suppliers' },
    h('p', { 'data-total': suppliers.totalCount }, `${formatCount(language, suppliers.totalCount)} ${t('found')}`),
    !suppliers.complete && h('p', { class: 'help', 'data-incomplete': 'true' }, t('incomplete')),
    exports,
    suppliers.edges.length === 0
      ? h('p', {}, t('noSuppliers'))
      : h(
          'table',
          { class: 'figures', 'data-table': 'suppliers' },
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('supplier')), h('th', { scope: 'col' }, t('offers')), h('th', { scope: 'col' }, t('readiness')))),
          h('tbody', {}, ...suppliers.edges.map((edge) => supplierRow(language, edge))),
        ),
    h(
      'div',
      { class: 'pages' },
      pages.onFirst && h('button', { type: 'button', 'data-action': 'first-page', onclick: pages.onFirst }, t('firstPage')),
      pages.onNext && h('button', { type: 'button', 'data-action': 'next-page', onclick: pages.onNext }, t('nextPage')),
    ),
  );
}
