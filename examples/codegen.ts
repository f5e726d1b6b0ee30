import path from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';

// The staleness test generates into a folder of its own and compares (CODEGEN_OUT_DIR).
const outputDir = process.env.CODEGEN_OUT_DIR ?? path.join(__dirname, 'src/gql/');

/**
 * Typed documents for this client, from the published API schema. The client preset gives one
 * `graphql()` function whose result types follow each operation's selection, and a manifest of
 * hash → document (`persisted-documents.json`) that the gateway accepts by `documentId`.
 */
const config: CodegenConfig = {
  schema: path.join(__dirname, '../schema/api.graphql'),
  documents: [path.join(__dirname, 'src/**/*.ts'), `!${path.join(__dirname, 'src/gql/**')}`],
  ignoreNoDocuments: false,
  generates: {
    [`${outputDir.replace(/\/?$/, '/')}`]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      config: { enumsAsTypes: true, useTypeImports: true, scalars: { Rupiah: 'string', LocalDate: 'string', DateTimeISO: 'string' } },
    },
  },
};

export default config;
