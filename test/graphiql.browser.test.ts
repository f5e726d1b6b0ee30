import type { Browser, Page } from 'playwright-core';
import { describeInBrowser, offlinePage } from './support/browser';
import { startGraphStack, type GraphStack } from './support/graph-stack';

describeInBrowser('GraphiQL browser test')('GraphiQL served by the gateway, in headless Chromium', () => {
  let stack: GraphStack;
  let browser: Browser;
  let page: Page;
  let outsideRequests: string[];

  beforeAll(async () => {
    stack = await startGraphStack();
    // The page must work offline: anything not served by the gateway itself is refused and recorded.
    ({ browser, page, outsideRequests } = await offlinePage());
    await page.goto(`${stack.gatewayBase}/`);
    await page.waitForSelector('.graphiql-container .graphiql-execute-button', { timeout: 30000 });
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  // The result pane is a CodeMirror that renders only the visible lines; read its whole value.
  const resultText = () =>
    page.evaluate(() => (document.querySelector('.result-window .CodeMirror') as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue());
  const waitForResult = (text: string) =>
    page.waitForFunction(
      (expected) => (document.querySelector('.result-window .CodeMirror') as unknown as { CodeMirror?: { getValue(): string } })?.CodeMirror?.getValue().includes(expected),
      text,
      { timeout: 30000 },
    );

  it('opens with the coordination query, which returns data with one click', async () => {
    await expect(page.locator('.graphiql-query-editor').innerText()).resolves.toContain('cooperativeSummary');
    await page.click('.graphiql-execute-button');
    await waitForResult('Kota Tangerang Selatan');
    const text = await resultText();
    expect(text).toContain('"active": 462');
    expect(text).toContain('Kota Administrasi Jakarta Utara');
    expect(text).toContain('umkmSummary');
    expect(text).toContain('trainingSummary');
    expect(text).not.toContain('"errors"');
  });

  it('runs a query typed into the editor', async () => {
    await page.click('.graphiql-query-editor .CodeMirror');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText('{ region(code: "81.71") { name children { name } } }');
    // GraphiQL re-reads the operation name from the editor after a short debounce; a person typing never outruns it.
    await page.waitForTimeout(500);
    await page.click('.graphiql-execute-button');
    await waitForResult('Sirimau');
    const text = await resultText();
    expect(text).toContain('"name": "Kota Ambon"');
    expect(text).toContain('Nusaniwe');
  });

  it('loaded nothing from outside the gateway (no CDN)', () => {
    expect(outsideRequests).toEqual([]);
  });
});
