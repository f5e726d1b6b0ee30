import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const ROOT = path.resolve(__dirname, '..');
const COMMITTED = path.join(ROOT, 'examples/src/gql');

describe('the example client\'s generated code', () => {
  // The codegen CLI is ESM inside; it runs as `npm run codegen` runs it, in a process of its own.
  it('is current: typed documents and the persisted-documents manifest (run `npm run codegen` when this fails)', async () => {
    const fresh = mkdtempSync(path.join(tmpdir(), 'kumkm-codegen-'));
    try {
      await promisify(execFile)(path.join(ROOT, 'node_modules/.bin/graphql-codegen'), ['--config', 'examples/codegen.ts', '--silent'], { cwd: ROOT, env: { ...process.env, CODEGEN_OUT_DIR: fresh } });
      const files = readdirSync(fresh).sort();
      expect(files).toEqual(readdirSync(COMMITTED).sort());
      expect(files).toContain('persisted-documents.json');
      for (const file of files) expect(`${file}: ${readFileSync(path.join(COMMITTED, file), 'utf8')}`).toBe(`${file}: ${readFileSync(path.join(fresh, file), 'utf8')}`);
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });
});
