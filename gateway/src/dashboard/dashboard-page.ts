import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';

/** The page's bundle (`npm run build` makes it from dashboard/src), served from this server, never a CDN. */
const BUNDLE_DIR = path.join(path.dirname(require.resolve('@kumkm/dashboard/package.json')), 'dist/page');
/** The entry and the chunks esbuild splits off (ECharts), with their source maps. */
const ASSET = /^(dashboard|chunk-[A-Z0-9]+)\.js(\.map)?$/;

const STYLE = `
  :root { font-family: system-ui, sans-serif; color: #1a1a1a; }
  body { margin: 0 auto; max-width: 1200px; padding: 16px; }
  header { display: flex; justify-content: space-between; align-items: baseline; flex-wrap: wrap; gap: 8px; border-bottom: 2px solid #1f4e79; }
  h1 { font-size: 1.4rem; margin: 8px 0; } h2 { font-size: 1.1rem; margin: 16px 0 8px; }
  .who { display: flex; gap: 8px; align-items: center; font-size: 0.9rem; }
  .controls form { margin: 8px 0; display: flex; gap: 8px; flex-wrap: wrap; align-items: center; }
  .regions { list-style: none; padding: 0; display: flex; gap: 12px; flex-wrap: wrap; }
  .regions li { border: 1px solid #bbb; border-radius: 4px; padding: 4px 8px; }
  table.figures { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
  table.figures th, table.figures td { border: 1px solid #ccc; padding: 4px 8px; text-align: right; }
  table.figures th[scope=row] { text-align: left; font-weight: normal; }
  table.figures thead th small { display: block; color: #555; font-weight: normal; }
  .table-scroll { overflow-x: auto; }
  .chart { width: 100%; min-height: 320px; }
  .message { color: #9c0006; }
  .help { color: #444; font-size: 0.9rem; }
  tr.group th { text-align: left; background: #eef2f7; font-weight: bold; }
  td.text { text-align: left; }
  .exports { margin: 12px 0; display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
  .chart-png { font-size: 0.8rem; }
  nav.pages { display: flex; gap: 8px; margin: 8px 0; }
  nav.pages button[aria-current=page] { font-weight: bold; border-bottom: 3px solid #1f4e79; }
  form.controls { display: flex; gap: 8px; flex-wrap: wrap; align-items: center; margin: 8px 0; }
  form.controls .help { flex-basis: 100%; margin: 0; }
  table[data-table=suppliers] th, table[data-table=suppliers] td { text-align: left; vertical-align: top; }
  ul.offers { margin: 0; padding-left: 16px; }
  .badge { display: inline-block; border: 1px dashed #777; border-radius: 3px; padding: 0 4px; margin: 0 4px 4px 0; font-size: 0.85rem; }
  .badge.held { border-style: solid; border-color: #1f4e79; }
  @media print {
    nav.pages, header button, .controls, .regions button, [data-action], [data-export], .exports { display: none !important; }
    .subject { break-inside: avoid; }
    body { max-width: none; }
  }
`;

function pageHtml(endpoint: string, localToken?: string): string {
  // The token is local use only (npm start's analyst token), as GraphiQL has it.
  const settings = JSON.stringify({ endpoint, localToken }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="id">
  <head>
    <meta charset="utf-8" />
    <title>Rakor KUMKM</title>
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <style>${STYLE}</style>
  </head>
  <body>
    <main id="dashboard">Memuat…</main>
    <script>window.__KUMKM_DASHBOARD__ = ${settings};</script>
    <script type="module" src="/dashboard/assets/dashboard.js"></script>
  </body>
</html>`;
}

/**
 * The coordination page at `/dashboard`, its bundle under `/dashboard/assets/`. The page is a client
 * of `/graphql` like any other: it signs in with a token and sends registered operations.
 */
export function dashboardRouter(endpoint: string, localToken?: string): Router {
  const router = express.Router();
  const html = pageHtml(endpoint, localToken);
  router.get('/dashboard', (_req, res) => {
    if (!existsSync(path.join(BUNDLE_DIR, 'dashboard.js'))) {
      res.status(503).type('text').send('The coordination page is not built: run `npm run build`.');
      return;
    }
    res.type('html').send(html);
  });
  router.get('/dashboard/assets/:file', (req, res) => {
    if (!ASSET.test(req.params.file)) {
      res.status(404).end();
      return;
    }
    res.sendFile(path.join(BUNDLE_DIR, req.params.file), { maxAge: '1h' });
  });
  return router;
}
