import type { EntityOwners } from './entity-owners';
import { NaturalKeyLookups, type NaturalKeyField } from './natural-key-lookups';

const BY_NIB: NaturalKeyField = { typename: 'UmkmActor', field: 'umkmActorByNib', argument: 'nib' };
const BY_NIK: NaturalKeyField = { typename: 'Cooperative', field: 'cooperativeByNik', argument: 'nik' };

/** An owner that knows the values starting with "8", and counts what it is asked. */
function fakeOwners() {
  const asked: Array<{ typename: string; fields: number }> = [];
  const owners = {
    async ask(typename: string, query: string, variables: Record<string, string>) {
      asked.push({ typename, fields: Object.keys(variables).length });
      expect(query).toContain(typename === 'UmkmActor' ? 'umkmActorByNib(nib: $v0)' : 'cooperativeByNik(nik: $v0)');
      return Object.fromEntries(Object.entries(variables).map(([name, value]) => [`e${name.slice(1)}`, value.startsWith('8') ? { id: `id-${value}` } : null]));
    },
  } as unknown as EntityOwners;
  return { owners, asked };
}

describe('NaturalKeyLookups', () => {
  it('asks each owning subgraph once per hundred distinct keys, and finds or misses each', async () => {
    const { owners, asked } = fakeOwners();
    const lookups = new NaturalKeyLookups(owners);
    const nibs = Array.from({ length: 150 }, (_, index) => ({ by: BY_NIB, value: `8${String(index).padStart(12, '0')}` }));
    const wanted = [...nibs, ...nibs.slice(0, 10), { by: BY_NIK, value: '8171199000000003' }, { by: BY_NIK, value: '3674000000000000' }];
    const found = await lookups.resolve(wanted);
    expect(asked).toEqual([
      { typename: 'UmkmActor', fields: 100 },
      { typename: 'UmkmActor', fields: 50 },
      { typename: 'Cooperative', fields: 2 },
    ]);
    expect(lookups.idOf(found, nibs[149])).toBe(`id-${nibs[149].value}`);
    expect(lookups.idOf(found, { by: BY_NIK, value: '3674000000000000' })).toBeNull();
  });

  it('remembers answers for the rest of the import, misses included', async () => {
    const { owners, asked } = fakeOwners();
    const lookups = new NaturalKeyLookups(owners);
    await lookups.resolve([{ by: BY_NIK, value: '8171199000000003' }, { by: BY_NIK, value: '3674000000000000' }]);
    const again = await lookups.resolve([{ by: BY_NIK, value: '3674000000000000' }, { by: BY_NIK, value: '8171199000000003' }]);
    expect(asked).toHaveLength(1);
    expect(lookups.idOf(again, { by: BY_NIK, value: '8171199000000003' })).toBe('id-8171199000000003');
  });

  it('keeps a batch\'s answers when its memory is emptied part way', async () => {
    const { owners } = fakeOwners();
    const lookups = new NaturalKeyLookups(owners);
    const many = Array.from({ length: 20_050 }, (_, index) => ({ by: BY_NIB, value: `8${String(index).padStart(12, '0')}` }));
    const found = await lookups.resolve(many);
    expect(many.every((lookup) => lookups.idOf(found, lookup) === `id-${lookup.value}`)).toBe(true);
  });
});
