import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const ROOT = path.resolve(__dirname, '..');
const CLIENTS = ['examples', 'dashboard'];

describe('the clients\' generated code', () => {
  // The codegen CLI is ESM inside; it runs as `npm run codegen` runs it, in a process of its own.
  it('is current: typed documents and the persisted-documents manifests (run `npm run codegen` when this fails)', async () => {
    const fresh = mkdtempSync(path.join(tmpdir(), 'kumkm-codegen-'));
    try {
      await promisify(execFile)(path.join(ROOT, 'node_modules/.bin/graphql-codegen'), ['--config', 'codegen.ts', '--silent'], { cwd: ROOT, env: { ...process.env, CODEGEN_OUT_DIR: fresh } });
      for (const client of CLIENTS) {
        const generated = path.join(fresh, client, 'src/gql');
        const committed = path.join(ROOT, client, 'src/gql');
        const files = readdirSync(generated).sort();
        expect(files).toEqual(readdirSync(committed).sort());
        expect(files).toContain('persisted-documents.json');
        for (const file of files) expect(`${client}/${file}: ${readFileSync(path.join(committed, file), 'utf8')}`).toBe(`${client}/${file}: ${readFileSync(path.join(generated, file), 'utf8')}`);
      }
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });
});
