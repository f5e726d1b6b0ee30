import { open } from 'node:fs/promises';
import { ImportFileError } from './import-file-error';

/** What an XLSX archive may expand to before it is read at all. */
export interface ArchiveLimits {
  /** Total uncompressed bytes of every entry. */
  maxUncompressedBytes: number;
  /** Uncompressed ÷ compressed size of any one entry: sheets compress about 10×, bombs 1000× and more. */
  maxRatio: number;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
/** The end record is 22 bytes plus a comment of at most 65,535. */
const END_SEARCH_BYTES = 22 + 0xffff;

/**
 * Reads an XLSX (zip) archive's central directory, and refuses a zip bomb by its entries'
 * sizes before any of it is decompressed. ZIP64 archives are refused too: no sheet an office
 * uploads needs entries over 4 GiB.
 */
export async function assertSafeArchive(path: string, limits: ArchiveLimits): Promise<void> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const tailLength = Math.min(size, END_SEARCH_BYTES);
    const tail = Buffer.alloc(tailLength);
    await file.read(tail, 0, tailLength, size - tailLength);
    let end = -1;
    for (let at = tailLength - 22; at >= 0; at -= 1) {
      if (tail.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) {
        end = at;
        break;
      }
    }
    if (end < 0) throw new ImportFileError('NOT_A_TABLE', 'The file is not a readable XLSX workbook (its zip directory is missing)');
    const entries = tail.readUInt16LE(end + 10);
    const directorySize = tail.readUInt32LE(end + 12);
    const directoryOffset = tail.readUInt32LE(end + 16);
    if (directoryOffset + directorySize > size) throw new ImportFileError('NOT_A_TABLE', 'The file is not a readable XLSX workbook (its zip directory is damaged)');
    const directory = Buffer.alloc(directorySize);
    await file.read(directory, 0, directorySize, directoryOffset);
    let total = 0;
    for (let at = 0, index = 0; index < entries; index += 1) {
      if (at + 46 > directory.length || directory.readUInt32LE(at) !== CENTRAL_FILE_HEADER) {
        throw new ImportFileError('NOT_A_TABLE', 'The file is not a readable XLSX workbook (its zip directory is damaged)');
      }
      const compressed = directory.readUInt32LE(at + 20);
      const uncompressed = directory.readUInt32LE(at + 24);
      if (compressed === 0xffffffff || uncompressed === 0xffffffff) throw new ImportFileError('UNSAFE_ARCHIVE', 'The workbook uses ZIP64 entries, which no office sheet needs');
      total += uncompressed;
      if (uncompressed > limits.maxRatio * Math.max(compressed, 1)) {
        throw new ImportFileError('UNSAFE_ARCHIVE', `A part of the workbook expands ${Math.round(uncompressed / Math.max(compressed, 1))} times, more than ${limits.maxRatio}: refused as a zip bomb`);
      }
      if (total > limits.maxUncompressedBytes) {
        throw new ImportFileError('UNSAFE_ARCHIVE', `The workbook expands to more than ${limits.maxUncompressedBytes} bytes: refused; split it or save it as CSV`);
      }
      at += 46 + directory.readUInt16LE(at + 28) + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
    }
  } finally {
    await file.close();
  }
}
