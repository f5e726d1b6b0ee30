import { spawnSync } from 'node:child_process';
import path from 'node:path';

/**
 * The benchmark itself runs by hand (`npm run bench`, see bench/RESULTS.md); this runs its smoke
 * mode, a few seconds on fresh embedded databases, so that the script cannot rot unnoticed.
 */
describe('npm run bench -- --smoke', () => {
  it('drives every gateway it has and the floor, and prints the table with zero errors', () => {
    const run = spawnSync(process.execPath, [path.resolve(__dirname, '../bench/dist/bench.js'), '--smoke', '--targets', 'this,this-uncached,apollo,hive,floor'], {
      encoding: 'utf8',
      timeout: 240_000,
    });
    const output = `${run.stdout}\n${run.stderr}`;
    expect({ status: run.status, output }).toEqual({ status: 0, output: expect.stringContaining('bench: done, zero errors') });
    for (const target of ['this gateway', 'this gateway, cache off', '@apollo/gateway, untuned', 'floor (subgraphs direct)']) expect(run.stdout).toContain(`'${target}'`);
    expect(run.stdout).toMatch(/SQL\/request/);
    expect(run.stdout).toContain('Registered operations by documentId against full documents');
  }, 300_000);
});
