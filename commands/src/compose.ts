import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { Supergraph } from '@apollo/federation-internals';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse, printSchema } from 'graphql';
import { defaultSubgraphUrl } from '@kumkm/subgraph-kit';
import { selectedSubgraphs } from './subgraph-packages';

export const SCHEMA_DIR = path.resolve(__dirname, '../../schema');

export interface Composition {
  subgraphs: Array<{ name: string; sdl: string }>;
  supergraphSdl: string;
  /** What clients see: the supergraph without federation's join and link directives, descriptions kept. */
  apiSdl: string;
}

/** Builds every subgraph's schema in-process and composes the supergraph; throws with the composition errors. */
export async function composeSupergraph(): Promise<Composition> {
  const subgraphs = [];
  for (const { manifest, definition } of selectedSubgraphs([])) {
    subgraphs.push({ name: manifest.name, url: defaultSubgraphUrl(manifest), sdl: printSubgraphSchema(await definition.buildSchema()) });
  }
  const result = composeServices(subgraphs.map((subgraph) => ({ name: subgraph.name, url: subgraph.url, typeDefs: parse(subgraph.sdl) })));
  if (result.errors?.length) {
    throw new Error(`Composition failed:\n${result.errors.map((error) => `  ${error.message}`).join('\n')}`);
  }
  if (!result.supergraphSdl) throw new Error('Composition produced no supergraph');
  return { subgraphs: subgraphs.map(({ name, sdl }) => ({ name, sdl })), supergraphSdl: result.supergraphSdl, apiSdl: apiSchemaOf(result.supergraphSdl) };
}

/** The client-facing schema of a supergraph, as frontend tools and the schema check read it. */
export function apiSchemaOf(supergraphSdl: string): string {
  return printSchema(Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema());
}

export function schemaFile(name: string): string {
  return path.join(SCHEMA_DIR, `${name}.graphql`);
}

async function main() {
  const composition = await composeSupergraph();
  for (const subgraph of composition.subgraphs) writeFileSync(schemaFile(subgraph.name), subgraph.sdl);
  writeFileSync(schemaFile('supergraph'), composition.supergraphSdl);
  writeFileSync(schemaFile('api'), composition.apiSdl);
  console.log(`composed ${composition.subgraphs.map((subgraph) => subgraph.name).join(', ')} into schema/supergraph.graphql and its API schema schema/api.graphql`);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
