import { z } from 'zod';
import type { TableOptions } from '../import/table-reader';
import { readConfig } from './read-config';

const MIB = 1024 * 1024;

/** Names of the variables, for the README check. */
export const IMPORT_VARIABLES = ['IMPORT_MAX_FILE_MB', 'IMPORT_MAX_UNCOMPRESSED_MB', 'IMPORT_MAX_COMPRESSION_RATIO'];

/**
 * How large a file an import reads, and what an XLSX (a zip) may expand to. The defaults take a
 * million-row UMKM CSV (about 150 MB) and refuse zip bombs long before they are decompressed.
 */
export function readImportLimits(env: NodeJS.ProcessEnv = process.env): Omit<TableOptions, 'sheet'> {
  const values = readConfig(
    z.object({
      IMPORT_MAX_FILE_MB: z.coerce.number().positive().default(256),
      IMPORT_MAX_UNCOMPRESSED_MB: z.coerce.number().positive().default(1024),
      IMPORT_MAX_COMPRESSION_RATIO: z.coerce.number().min(2).default(100),
    }),
    env,
  );
  return {
    maxFileBytes: Math.round(values.IMPORT_MAX_FILE_MB * MIB),
    maxUncompressedBytes: Math.round(values.IMPORT_MAX_UNCOMPRESSED_MB * MIB),
    maxRatio: values.IMPORT_MAX_COMPRESSION_RATIO,
  };
}
