import { readFileSync } from 'node:fs';
import { composeSupergraph, schemaFile } from '@kumkm/commands/compose';

describe('committed schema files', () => {
  let composition: Awaited<ReturnType<typeof composeSupergraph>>;

  beforeAll(async () => {
    // Throws with the composition errors when the subgraphs do not compose.
    composition = await composeSupergraph();
  });

  it('hold the current SDL of every subgraph (run `npm run compose` when this fails)', () => {
    for (const subgraph of composition.subgraphs) {
      expect(readFileSync(schemaFile(subgraph.name), 'utf8')).toBe(subgraph.sdl);
    }
  });

  it('hold the current supergraph (run `npm run compose` when this fails)', () => {
    expect(readFileSync(schemaFile('supergraph'), 'utf8')).toBe(composition.supergraphSdl);
  });

  it('hold the current API schema that clients build on (run `npm run compose` when this fails)', () => {
    const api = readFileSync(schemaFile('api'), 'utf8');
    expect(api).toBe(composition.apiSdl);
    expect(api).not.toMatch(/join__|link__|@key|@shareable/);
    expect(api).toContain('type Query');
  });

  it('describe every type and field for analysts reading GraphiQL', () => {
    const undocumented: string[] = [];
    const sdl = composition.supergraphSdl;
    const lines = sdl.split('\n');
    lines.forEach((line, index) => {
      const isDefinition = /^(type|input|enum|scalar|union|interface) (?!Query|Mutation|join__|link__)\w+/.test(line) || /^ {2}\w+[(:]/.test(line);
      const previous = lines[index - 1]?.trim() ?? '';
      const isRootOperation = /^  (query|mutation|subscription): /.test(line);
      if (isDefinition && !isRootOperation && !previous.endsWith('"""') && !line.includes('join__') && !line.includes('link__')) undocumented.push(line.trim());
    });
    expect(undocumented).toEqual([]);
  });
});
