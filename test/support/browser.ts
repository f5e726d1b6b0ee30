import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page, type Request } from 'playwright-core';

/** Debian's Chromium, never a browser a tool downloads (there is none to be had here). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Flags that keep Chromium off the network it has no business reaching. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/** `describe` when the browser is here; in CI its absence is an error, elsewhere the suite is skipped with a warning. */
export function describeInBrowser(what: string): jest.Describe {
  const present = existsSync(CHROMIUM);
  if (!present && process.env.CI) throw new Error(`No Chromium at ${CHROMIUM}: .ci/run installs Debian's chromium package`);
  if (!present) console.warn(`${what} skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);
  return present ? describe : describe.skip;
}

/**
 * A page that must work offline: a request leaving the local machine is refused and recorded in
 * `outsideRequests`; every local request is shown to `onLocalRequest`.
 */
export async function offlinePage(onLocalRequest: (request: Request) => void = () => {}): Promise<{ browser: Browser; page: Page; outsideRequests: string[] }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  const outsideRequests: string[] = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') {
      outsideRequests.push(url.toString());
      return route.abort();
    }
    onLocalRequest(route.request());
    return route.continue();
  });
  return { browser, page, outsideRequests };
}
