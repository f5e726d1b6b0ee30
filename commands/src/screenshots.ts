import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

/**
 * `npm run screenshots [-- --url http://127.0.0.1:4000 --out docs/screenshots]`: opens the
 * coordination page of a running graph (`npm start`) in Debian's Chromium, as a meeting sees it,
 * and saves screenshots for the README: the Rakor regions, a drill-down, the English page and a
 * supplier search.
 * Prints how long the first render took and how many GraphQL requests it sent.
 */
const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://127.0.0.1:4000' },
    out: { type: 'string', default: path.resolve(__dirname, '../../docs/screenshots') },
    chromium: { type: 'string', default: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  },
});

async function main() {
  mkdirSync(values.out!, { recursive: true });
  const browser = await chromium.launch({ executablePath: values.chromium, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  try {
    /** A first visit in a fresh browser context: the page's own clock, from navigation to the numbers and to the last chart. */
    const open = async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
      let graphqlRequests = 0;
      page.on('request', (request) => void (new URL(request.url()).pathname === '/graphql' && (graphqlRequests += 1)));
      await page.goto(`${values.url}/dashboard`);
      await page.waitForSelector('#dashboard[data-charts-ms]', { timeout: 60_000 });
      const attribute = async (name: string) => Number(await page.locator('#dashboard').getAttribute(name));
      return { page, tables: await attribute('data-ready-ms'), charts: await attribute('data-charts-ms'), graphqlRequests };
    };
    const describe = (visit: { tables: number; charts: number; graphqlRequests: number }) => `tables shown at ${visit.tables} ms, every chart drawn at ${visit.charts} ms, ${visit.graphqlRequests} GraphQL request(s)`;
    const cold = await open();
    console.log(`first visit, summary cache as found: ${describe(cold)}`);
    await cold.page.close();
    // A new page with an empty browser cache, as the next person in the meeting room opens it: the gateway's summary cache is now warm.
    const warm = await open();
    const { page } = warm;
    console.log(`first visit, summary cache warm: ${describe(warm)}`);
    const shots: Array<[string, () => Promise<void>]> = [
      ['rakor-regions.png', async () => {}],
      ['drill-down-maluku.png', async () => {
        await page.click('li[data-region="81"] [data-action="drill-down"]');
        await page.waitForSelector('td[data-region="81.71"]');
      }],
      ['rakor-regions-english.png', async () => {
        await page.click('[data-action="back"]');
        await page.waitForSelector('td[data-region="36.74"]');
        await page.click('[data-action="language"]');
        await page.waitForFunction(`document.documentElement.lang === 'en' && !!document.querySelector('#dashboard[data-ready="true"] td[data-region="81"]')`);
      }],
      ['suppliers-maluku.png', async () => {
        await page.click('[data-action="language"]');
        await page.waitForFunction(`document.documentElement.lang === 'id'`);
        await page.click('[data-page="suppliers"]');
        await page.fill('form[data-form="supplier-search"] input[name="search"]', 'keripik');
        await page.fill('form[data-form="supplier-search"] input[name="region"]', '81');
        await page.click('form[data-form="supplier-search"] button[type=submit]');
        await page.waitForSelector('#dashboard[data-ready="true"] table[data-table="suppliers"]');
      }],
    ];
    for (const [file, prepare] of shots) {
      await prepare();
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(values.out!, file), fullPage: true });
      console.log(`saved ${path.join(values.out!, file)}`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
