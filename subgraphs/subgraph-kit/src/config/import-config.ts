import { z } from 'zod';
import type { TableOptions } from '../import/table-reader';
import { readConfig } from './read-config';

const MIB = 1024 * 1024;

/** Names of the variables, for the README check. */
export const IMPORT_VARIABLES = ['IMPORT_MAX_FILE_MB', 'IMPORT_MAX_UNCOMPRESSED_MB', 'IMPORT_MAX_COMPRESSION_RATIO', 'GATEWAY_URL', 'IMPORT_JOBS_DIR'];

export interface ImportConfig {
  table: Omit<TableOptions, 'sheet'>;
  /** The gateway whose summary cache an import empties after it wrote (its base URL, without /graphql). */
  gatewayUrl: string;
  /** Where a subgraph keeps uploaded files, their errors files and their jobs (one folder per job). */
  jobsDirectory: string;
}

/**
 * How large a file an import reads, and what an XLSX (a zip) may expand to. The defaults take a
 * million-row UMKM CSV (about 150 MB) and refuse zip bombs long before they are decompressed.
 */
export function readImportConfig(env: NodeJS.ProcessEnv = process.env): ImportConfig {
  const values = readConfig(
    z.object({
      IMPORT_MAX_FILE_MB: z.coerce.number().positive().default(256),
      IMPORT_MAX_UNCOMPRESSED_MB: z.coerce.number().positive().default(1024),
      IMPORT_MAX_COMPRESSION_RATIO: z.coerce.number().min(2).default(100),
      GATEWAY_URL: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:4000'),
      IMPORT_JOBS_DIR: z.string().min(1).default('data/imports'),
    }),
    env,
  );
  return {
    table: {
      maxFileBytes: Math.round(values.IMPORT_MAX_FILE_MB * MIB),
      maxUncompressedBytes: Math.round(values.IMPORT_MAX_UNCOMPRESSED_MB * MIB),
      maxRatio: values.IMPORT_MAX_COMPRESSION_RATIO,
    },
    gatewayUrl: values.GATEWAY_URL.replace(/\/+$/, ''),
    jobsDirectory: values.IMPORT_JOBS_DIR,
  };
}
