import path from 'node:path';
import express, { type Router } from 'express';

/** The query GraphiQL opens with: one click on Run shows the coordination (Rakor) view. */
export const RAKOR_EXAMPLE_QUERY = `# Rakor KUMKM: Maluku, Jakarta Utara and Tangerang
# Selatan across cooperatives, UMKM and training.
# Press the Run button (or Ctrl-Enter).
query Rakor {
  regions(codes: ["81", "31.72", "36.74"]) {
    code
    name
    cooperativeSummary {
      active
      byType { type count }
      members
      withoutRecentRat
    }
    umkmSummary {
      total
      byScale { scale count }
      bySector { sector count }
      halalCertified
    }
    trainingSummary(from: "2022-01-01") {
      programs
      participants
      certified
    }
  }
}
`;

function assetPath(packageName: string, file: string): string {
  return path.join(path.dirname(require.resolve(`${packageName}/package.json`)), file);
}

/** Every file the page loads comes from this server (npm packages), never from a CDN: it works offline. */
const ASSETS: Record<string, string> = {
  'react.js': assetPath('react', 'umd/react.production.min.js'),
  'react-dom.js': assetPath('react-dom', 'umd/react-dom.production.min.js'),
  'graphiql.js': assetPath('graphiql', 'graphiql.min.js'),
  'graphiql.css': assetPath('graphiql', 'graphiql.min.css'),
};

function pageHtml(endpoint: string, token?: string): string {
  const headers = token ? JSON.stringify({ Authorization: `Bearer ${token}` }, null, 2) : '{\n  "Authorization": "Bearer <token from npm run token>"\n}';
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>KUMKM graph · GraphiQL</title>
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="stylesheet" href="/graphiql/assets/graphiql.css" />
    <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
  </head>
  <body>
    <div id="graphiql">Loading GraphiQL…</div>
    <script src="/graphiql/assets/react.js"></script>
    <script src="/graphiql/assets/react-dom.js"></script>
    <script src="/graphiql/assets/graphiql.js"></script>
    <script>
      const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)} });
      const root = ReactDOM.createRoot(document.getElementById('graphiql'));
      root.render(React.createElement(GraphiQL, {
        fetcher,
        defaultQuery: ${JSON.stringify(RAKOR_EXAMPLE_QUERY)},
        defaultEditorToolsVisibility: 'headers',
        defaultHeaders: ${JSON.stringify(headers)},
        headers: ${JSON.stringify(headers)},
        shouldPersistHeaders: false,
      }));
    </script>
  </body>
</html>`;
}

/** GraphiQL at `/`, its assets under `/graphiql/assets/`. */
export function graphiqlRouter(endpoint: string, token?: string): Router {
  const router = express.Router();
  const html = pageHtml(endpoint, token);
  router.get('/', (_req, res) => {
    res.type('html').send(html);
  });
  router.get('/favicon.ico', (_req, res) => {
    res.status(204).end();
  });
  router.get('/graphiql/assets/:file', (req, res) => {
    const file = ASSETS[req.params.file];
    if (!file) {
      res.status(404).end();
      return;
    }
    res.sendFile(file, { maxAge: '1d' });
  });
  return router;
}
