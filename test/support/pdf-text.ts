import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/** pdf.js loads its worker with a dynamic import, which jest's module system does not run: it reads the PDF in a process of its own. */
const READ_PDF = `
const { PDFParse } = require('pdf-parse');
const data = new Uint8Array(require('node:fs').readFileSync(process.argv[1]));
new PDFParse({ data }).getText().then((text) => process.stdout.write(JSON.stringify({ pages: text.total, text: text.text })));
`;

/** A PDF's page count and text, as a reader extracts them. */
export async function pdfText(bytes: Buffer): Promise<{ pages: number; text: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kumkm-pdf-'));
  try {
    const file = path.join(dir, 'file.pdf');
    writeFileSync(file, bytes);
    const { stdout } = await promisify(execFile)(process.execPath, ['-e', READ_PDF, file], { cwd: path.resolve(__dirname, '../..'), maxBuffer: 16 * 2 ** 20 });
    return JSON.parse(stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
