import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { RegionDirectory } from '@kumkm/subgraph-kit';
import { ROOT } from './bench-stack';

/**
 * `npm run bench:import [-- --rows 1000000 --xlsx-rows 100000]`: writes a large UMKM register as
 * an office would (CSV with `;`, Indonesian amounts and dates, village names and codes; and an
 * XLSX), imports each with `npm run import` into the configured umkm database, and prints the
 * time, rows per second and the importer's peak RSS. Run it against MariaDB for the recorded figures.
 */
const { values } = parseArgs({ options: { rows: { type: 'string', default: '1000000' }, 'xlsx-rows': { type: 'string', default: '100000' }, region: { type: 'string', default: '31' } } });
const REGION = values.region!;
/** The importer's heap bound: the file streams, so a batch and the file's keys are all it holds. */
const IMPORTER_HEAP_MB = 160;

const HEADER = ['No', 'NIB', 'Nama Usaha', 'Nama Pemilik', 'Kode KBLI', 'Omzet per Tahun (Rp)', 'Jumlah Tenaga Kerja', 'Perempuan', 'Kelurahan/Desa', 'Kecamatan', 'Kode Wilayah'];

function* registerRows(count: number, firstNib: number) {
  const directory = RegionDirectory.load();
  const villages = directory.villagesWithin(REGION);
  const districtNames = new Map(villages.map((village) => [village.code, directory.find(village.parentCode ?? '')?.name ?? '']));
  const repeated = new Set<string>();
  const seen = new Set<string>();
  for (const village of villages) (seen.has(village.name) ? repeated : seen).add(village.name);
  for (let index = 0; index < count; index += 1) {
    const village = villages[index % villages.length];
    const sales = 10_000_000 + ((index * 7919) % 1_900_000) * 1000;
    // One row in four names its village (with the kecamatan); the others give the code, as OSS exports do.
    const byName = index % 4 === 0 && !repeated.has(village.name);
    yield [
      String(index + 1),
      String(firstNib + index),
      `Usaha Contoh ${index + 1}`,
      `Pemilik ${index + 1}`,
      ['10792', '47111', '56101', 'G', '96200'][index % 5],
      index % 2 ? `Rp ${sales.toLocaleString('id-ID')},00` : String(sales),
      String(1 + (index % 9)),
      index % 3 ? 'Tidak' : 'Ya',
      byName ? village.name : '',
      byName ? districtNames.get(village.code)! : '',
      byName ? '' : village.code,
    ];
  }
}

async function writeCsv(file: string, count: number): Promise<void> {
  const out = createWriteStream(file);
  out.write(`\uFEFFDATA UMKM (contoh skala besar)\r\n\r\n${HEADER.join(';')}\r\n`);
  for (const row of registerRows(count, 9_100_000_000_000)) {
    if (!out.write(`${row.join(';')}\r\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

async function writeXlsx(file: string, count: number): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: false });
  const sheet = workbook.addWorksheet('Data UMKM');
  sheet.addRow(HEADER).commit();
  for (const row of registerRows(count, 9_200_000_000_000)) sheet.addRow(row).commit();
  sheet.commit();
  await workbook.commit();
}

/** Peak resident memory of a process (VmHWM), read until it exits. */
function peakRssMb(pid: number): () => number {
  let peak = 0;
  const timer = setInterval(() => {
    try {
      const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmHWM:\s+(\d+) kB/);
      if (match) peak = Math.max(peak, Number(match[1]) / 1024);
    } catch {
      clearInterval(timer);
    }
  }, 100);
  return () => {
    clearInterval(timer);
    return peak;
  };
}

async function importTimed(file: string): Promise<{ seconds: number; peakRssMb: number; exitCode: number | null }> {
  const started = Date.now();
  const child = spawn(process.execPath, [`--max-old-space-size=${IMPORTER_HEAP_MB}`, path.join(ROOT, 'commands/dist/import.js'), 'umkm', file, '--region', REGION, '--valid-rows-only'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const peak = peakRssMb(child.pid!);
  const [exitCode] = (await once(child, 'exit')) as [number | null];
  return { seconds: (Date.now() - started) / 1000, peakRssMb: Math.round(peak()), exitCode };
}

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), 'import-scale-'));
  const results: Array<Record<string, unknown>> = [];
  try {
    const cases: Array<[string, number, (file: string, count: number) => Promise<void>]> = [
      ['umkm.csv', Number(values.rows), writeCsv],
      ['umkm.xlsx', Number(values['xlsx-rows']), writeXlsx],
    ];
    for (const [name, count, write] of cases) {
      if (count <= 0) continue;
      const file = path.join(dir, name);
      console.log(`writing ${count.toLocaleString('en')} rows to ${name} …`);
      await write(file, count);
      console.log(`importing ${name} (${(statSync(file).size / 1024 / 1024).toFixed(0)} MB) …`);
      const run = await importTimed(file);
      results.push({ file: name, rows: count, MB: Math.round(statSync(file).size / 1024 / 1024), seconds: run.seconds, 'rows/s': Math.round(count / run.seconds), 'peak RSS MB': run.peakRssMb, exit: run.exitCode });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.table(results);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
