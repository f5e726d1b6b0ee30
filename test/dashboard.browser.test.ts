import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { TrustedDocumentStore, DEFAULT_TRUSTED_DOCUMENT_MANIFESTS } from '@kumkm/gateway';
import { Role } from '@kumkm/subgraph-kit';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { describeInBrowser, offlinePage } from './support/browser';
import { startGraphStack, type GraphStack } from './support/graph-stack';

if (!existsSync(path.resolve(__dirname, '../dashboard/dist/page/dashboard.js'))) throw new Error('The coordination page is not built: npm test builds it (npm run build)');

interface RegionFigures {
  code: string;
  name: string;
  cooperativeSummary: { active: number; members: number; byType: Array<{ type: string; count: number }> };
  umkmSummary: { total: number; halalCertified: number };
  trainingSummary: { participants: number; certified: number };
}

/** The coordination page in the real browser, against a gateway that runs registered operations only. */
describeInBrowser('Dashboard browser test')('the coordination page at /dashboard, in headless Chromium', () => {
  let stack: GraphStack;
  let browser: Browser;
  let page: Page;
  let outsideRequests: string[];
  const graphqlRequests: string[] = [];

  const figure = (region: string, key: string) => page.locator(`td[data-region="${region}"][data-figure="${key}"]`).getAttribute('data-value').then(Number);
  const apiFigures = async (codes: string[]) =>
    (
      await stack.query<{ regions: RegionFigures[] }>(
        `query($codes: [String!]!) { regions(codes: $codes) { code name cooperativeSummary { active members byType { type count } } umkmSummary { total halalCertified } trainingSummary(from: "${new Date().getFullYear() - 4}-01-01") { participants certified } } }`,
        { codes },
      )
    ).body.data!.regions;

  beforeAll(async () => {
    stack = await startGraphStack({ trustedDocuments: { mode: 'enforce', store: TrustedDocumentStore.load(DEFAULT_TRUSTED_DOCUMENT_MANIFESTS), explorerRoles: [Role.ANALYST, Role.ADMIN] } });
    ({ browser, page, outsideRequests } = await offlinePage((request) => {
      if (new URL(request.url()).pathname === '/graphql') graphqlRequests.push(request.postData() ?? '');
    }));
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('asks for a token, and signs in as an officer whose page uses registered operations only', async () => {
    await page.goto(`${stack.gatewayBase}/dashboard`);
    // The test stack's gateway offers its local analyst token, as npm start does; sign out of it first.
    await page.waitForSelector('[data-action="sign-out"]');
    await page.click('[data-action="sign-out"]');
    await page.waitForSelector('form.sign-in textarea');
    await page.fill('form.sign-in textarea', await stack.tokenFor(Role.OFFICER, '36.74', '1h', 'officer-tangsel'));
    await page.click('form.sign-in button[type=submit]');
    await page.waitForSelector('#dashboard[data-ready="true"]');
    await expect(page.locator('[data-session]').innerText()).resolves.toContain('officer-tangsel (OFFICER, 36.74)');
  });

  it('shows the three Rakor regions side by side, with the numbers the API gives, in one request', async () => {
    const requestsBefore = graphqlRequests.length;
    await page.reload();
    await page.waitForSelector('#dashboard[data-ready="true"]');
    expect(graphqlRequests.length - requestsBefore).toBe(1);
    expect(JSON.parse(graphqlRequests.at(-1)!)).toMatchObject({ documentId: expect.stringMatching(/^sha256:/) });
    const api = await apiFigures(['81', '31.72', '36.74']);
    expect(await page.locator('table[data-table="cooperatives"] thead th[data-region]').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-region')))).toEqual(['81', '31.72', '36.74']);
    for (const region of api) {
      expect(await figure(region.code, 'cooperatives.active')).toBe(region.cooperativeSummary.active);
      expect(await figure(region.code, 'cooperatives.members')).toBe(region.cooperativeSummary.members);
      expect(await figure(region.code, 'cooperatives.active.SIMPAN_PINJAM')).toBe(region.cooperativeSummary.byType.find((entry) => entry.type === 'SIMPAN_PINJAM')?.count ?? 0);
      expect(await figure(region.code, 'umkm.total')).toBe(region.umkmSummary.total);
      expect(await figure(region.code, 'umkm.halalCertified')).toBe(region.umkmSummary.halalCertified);
      expect(await figure(region.code, 'training.participants')).toBe(region.trainingSummary.participants);
      expect(await figure(region.code, 'training.certified')).toBe(region.trainingSummary.certified);
    }
    // How fresh each number is: the latest report and its office, as the API gives them.
    const { body } = await stack.query<{ regions: Array<{ code: string; cooperativeRecords: { latestReportedAt: string; latestOffice: string; synthetic: number }; trainingRecords: { reported: number } }> }>(
      '{ regions(codes: ["81", "31.72", "36.74"]) { code cooperativeRecords { latestReportedAt latestOffice synthetic } trainingRecords { reported } } }',
    );
    for (const region of body.data!.regions) {
      const freshness = page.locator(`td[data-region="${region.code}"][data-figure="quality.cooperatives.latestReportedAt"]`);
      await expect(freshness.getAttribute('data-value')).resolves.toBe(region.cooperativeRecords.latestReportedAt);
      await expect(freshness.innerText()).resolves.toContain(region.cooperativeRecords.latestOffice);
      expect(await figure(region.code, 'quality.cooperatives.synthetic')).toBe(region.cooperativeRecords.synthetic);
      expect(await figure(region.code, 'quality.training.reported')).toBe(region.trainingRecords.reported);
    }
    await expect(page.locator('td[data-region="36.74"][data-figure="quality.training.latestReportedAt"]').innerText()).resolves.toMatch(
      /^\d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4} · Dinas Koperasi dan UKM Kota Tangerang Selatan$/,
    );
    // Rupiah written short, the Indonesian way: "Rp 1,25 M" (miliar), "Rp 350 jt" (juta).
    const sales = (await stack.query<{ region: { umkmSummary: { annualSales: string } } }>('{ region(code: "36.74") { umkmSummary { annualSales } } }')).body.data!.region.umkmSummary.annualSales;
    const salesCell = page.locator('td[data-region="36.74"][data-figure="umkm.annualSales"]');
    expect(Number(await salesCell.getAttribute('data-value'))).toBe(Number(sales));
    await expect(salesCell.innerText()).resolves.toMatch(/^Rp \d{1,3}(,\d{1,2})? (T|M|jt)$/);
    // Tangerang Selatan's 462 active cooperatives, written the Indonesian way.
    await expect(page.locator('td[data-region="36.74"][data-figure="cooperatives.active"]').innerText()).resolves.toBe('462');
    const members = api.find((region) => region.code === '81')!.cooperativeSummary.members;
    await expect(page.locator('td[data-region="81"][data-figure="cooperatives.members"]').innerText()).resolves.toBe(members.toLocaleString('id-ID'));
  });

  it('draws every chart as a non-blank SVG', async () => {
    await page.waitForFunction(() => document.querySelectorAll('.chart svg rect, .chart svg path').length > 20);
    const charts = await page.locator('.chart').evaluateAll((nodes) => nodes.map((node) => ({ id: node.getAttribute('data-chart'), shapes: node.querySelectorAll('svg path').length })));
    expect(charts.map((chart) => chart.id)).toEqual(['cooperatives-by-type', 'umkm-by-scale', 'training', 'rat-trend', 'participants-trend']);
    for (const chart of charts) expect(chart.shapes).toBeGreaterThan(3);
  });

  it('adds a region, refuses an unknown code, and drills a region down to its children', async () => {
    await page.fill('form[data-form="add-region"] input', '81.71');
    await page.click('form[data-form="add-region"] button');
    await page.waitForSelector('td[data-region="81.71"][data-figure="cooperatives.active"]');
    const ambon = (await apiFigures(['81.71']))[0];
    expect(await figure('81.71', 'umkm.total')).toBe(ambon.umkmSummary.total);

    await page.fill('form[data-form="add-region"] input', '99.99');
    await page.click('form[data-form="add-region"] button');
    await page.waitForSelector('.message[role=alert]');
    await expect(page.locator('.message[role=alert]').innerText()).resolves.toContain('99.99');

    await page.click('li[data-region="81.71"] [data-action="drill-down"]');
    await page.waitForSelector('td[data-region="81.71.03"]');
    const districts = await page.locator('table[data-table="umkm"] thead th[data-region]').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-region')));
    expect(districts).toEqual(['81.71.01', '81.71.02', '81.71.03', '81.71.04', '81.71.05']);
    const sirimau = (await apiFigures(['81.71.02']))[0];
    expect(await figure('81.71.02', 'umkm.total')).toBe(sirimau.umkmSummary.total);
    await page.click('[data-action="back"]');
    await page.waitForSelector('td[data-region="36.74"]');
  });

  it('downloads the view for the meeting papers, with the signed-in token', async () => {
    for (const [button, signature] of [['xlsx', 'PK'], ['pdf', '%PDF'], ['chart-umkm-by-scale', '\u0089PNG']] as const) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-export="${button}"]`)]);
      const bytes = readFileSync((await download.path())!);
      expect([button, bytes.subarray(0, signature.length).toString('latin1')]).toEqual([button, signature]);
    }
  });

  it('switches between Bahasa Indonesia and English', async () => {
    await expect(page.locator('h1').innerText()).resolves.toBe('Rakor KUMKM: perbandingan wilayah');
    await page.click('[data-action="language"]');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Rakor KUMKM: regions side by side');
    await page.waitForSelector('#dashboard[data-ready="true"] td[data-region="81"]');
    const members = Number(await page.locator('td[data-region="81"][data-figure="cooperatives.members"]').getAttribute('data-value'));
    await expect(page.locator('td[data-region="81"][data-figure="cooperatives.members"]').innerText()).resolves.toBe(members.toLocaleString('en-GB'));
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await page.click('[data-action="language"]');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Rakor KUMKM: perbandingan wilayah');
  });

  it('finds suppliers with their readiness, pages through them and exports them (Bela Pengadaan)', async () => {
    interface Found { totalCount: number; pageInfo: { endCursor: string }; edges: Array<{ node: { id: string; halalCertification?: { number: string } | null } }> }
    const apiPage = async (search: string | null, after: string | null = null) =>
      (
        await stack.query<{ suppliers: Found }>(
          `query($search: String, $after: String) { suppliers(search: $search, filter: { region: "81", offeredForProcurement: true }, first: 20, after: $after) {
            totalCount pageInfo { endCursor } edges { node { ... on UmkmActor { id halalCertification { number } } ... on Cooperative { id } } } } }`,
          { search, after },
        )
      ).body.data!.suppliers;
    const shownSuppliers = () => page.locator('tr[data-supplier]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-supplier')));
    const searchFor = async (words: string) => {
      await page.fill('form[data-form="supplier-search"] input[name="search"]', words);
      await page.fill('form[data-form="supplier-search"] input[name="region"]', '81');
      await page.click('form[data-form="supplier-search"] button[type=submit]');
      await page.waitForSelector('#dashboard[data-ready="true"] table[data-table="suppliers"]');
    };

    await page.click('[data-page="suppliers"]');
    await page.waitForSelector('form[data-form="supplier-search"]');
    await searchFor('keripik');
    const found = await apiPage('keripik');
    expect(found.totalCount).toBeGreaterThan(0);
    expect(await shownSuppliers()).toEqual(found.edges.map((edge) => edge.node.id));
    expect(Number(await page.locator('[data-total]').getAttribute('data-total'))).toBe(found.totalCount);
    for (const { node } of found.edges.filter((edge) => 'halalCertification' in edge.node)) {
      await expect(page.locator(`tr[data-supplier="${node.id}"] [data-badge="halal"]`).getAttribute('data-held')).resolves.toBe(String(Boolean(node.halalCertification)));
    }

    // Every offering supplier of Maluku, without words: more than a page.
    await searchFor('');
    const first = await apiPage(null);
    expect(first.totalCount).toBeGreaterThan(20);
    expect(await shownSuppliers()).toEqual(first.edges.map((edge) => edge.node.id));
    await page.click('[data-action="next-page"]');
    await page.waitForSelector('#dashboard[data-ready="true"] [data-action="first-page"]');
    expect(await shownSuppliers()).toEqual((await apiPage(null, first.pageInfo.endCursor)).edges.map((edge) => edge.node.id));

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-export="suppliers-csv"]')]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
    expect(header.slice(0, 2)).toEqual(['Jenis Penyedia', 'Nama Penyedia']);
    // The whole result, every page: not only the one on screen.
    expect(rows).toHaveLength(first.totalCount);

    await page.click('[data-page="rakor"]');
    await page.waitForSelector('#dashboard[data-ready="true"] td[data-region="81"]');
  });

  it('loaded nothing from outside the gateway (no CDN)', () => {
    expect(outsideRequests).toEqual([]);
  });
});
