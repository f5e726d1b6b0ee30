import path from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';

// The staleness test generates into a folder of its own and compares (CODEGEN_OUT_DIR).
const outputBase = process.env.CODEGEN_OUT_DIR ?? __dirname;

/** Every client of the graph in this repository: its operations, and where its typed documents go. */
const CLIENTS = ['examples', 'dashboard'];

/**
 * Typed documents for each client, from the published API schema. The client preset gives each
 * one `graphql()` function whose result types follow each operation's selection, and a manifest of
 * hash → document (`persisted-documents.json`) that the gateway accepts by `documentId`.
 */
const config: CodegenConfig = {
  schema: path.join(__dirname, 'schema/api.graphql'),
  ignoreNoDocuments: false,
  generates: Object.fromEntries(
    CLIENTS.map((client) => [
      path.join(outputBase, client, 'src/gql/'),
      {
        documents: [path.join(__dirname, client, 'src/**/*.ts'), `!${path.join(__dirname, client, 'src/gql/**')}`],
        preset: 'client',
        presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
        config: { enumsAsTypes: true, useTypeImports: true, scalars: { Rupiah: 'string', LocalDate: 'string', DateTimeISO: 'string' } },
      },
    ]),
  ),
};

export default config;
