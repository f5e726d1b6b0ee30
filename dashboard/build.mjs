// Bundles the coordination page for the browser: one script, every module from the project's own
// packages (ECharts included), so the page works offline on a meeting-room network.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const result = await build({
  entryPoints: [path.join(here, 'src/main.ts')],
  outdir: path.join(here, 'dist/page'),
  entryNames: 'dashboard',
  chunkNames: 'chunk-[hash]',
  bundle: true,
  splitting: true,
  minify: true,
  sourcemap: true,
  format: 'esm',
  target: ['chrome110', 'firefox110', 'safari16'],
  metafile: true,
  logLevel: 'warning',
});
const scripts = Object.entries(result.metafile.outputs).filter(([file]) => file.endsWith('.js'));
console.log(`dashboard: bundled ${scripts.map(([file, output]) => `${path.basename(file)} (${Math.round(output.bytes / 1024)} KB)`).join(', ')} into dist/page`);
