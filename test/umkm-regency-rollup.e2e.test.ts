import { retryingTransaction, rupiahToSen, senToRupiah } from '@kumkm/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { testDrivers } from '@kumkm/subgraph-kit/testing';
import { startGraphStack, type GraphStack } from './support/graph-stack';

/**
 * Province and regency summaries of business actors are read from umkm_regency_rollups, which
 * database triggers keep in step with umkm_actors. Every write below (a mutation, a refused one, an
 * operator's SQL) is followed by a check that the rollup holds exactly what the actors add up to,
 * and that the graph's summaries (rollup for provinces and regencies, the actors for districts)
 * match sums made here from the actors' rows.
 */

interface Totals {
  actors: number;
  halalCertified: number;
  womanOwned: number;
  withoutKbliCode: number;
  employees: number;
  annualSalesSen: bigint;
}

interface ActorRow {
  regionCode: string;
  scale: string;
  sector: string;
  halalCertificateNumber: string | null;
  isWomanOwned: number | boolean;
  kbliCode: string | null;
  employees: number;
  annualSales: string | number;
}

const empty = (): Totals => ({ actors: 0, halalCertified: 0, womanOwned: 0, withoutKbliCode: 0, employees: 0, annualSalesSen: 0n });

function add(totals: Totals, actor: ActorRow): void {
  totals.actors += 1;
  totals.halalCertified += actor.halalCertificateNumber === null ? 0 : 1;
  totals.womanOwned += Number(actor.isWomanOwned) === 1 ? 1 : 0;
  totals.withoutKbliCode += actor.kbliCode === null ? 1 : 0;
  totals.employees += Number(actor.employees);
  totals.annualSalesSen += rupiahToSen(actor.annualSales);
}

const UMKM_SUMMARY = `query Summaries($codes: [String!]!) {
  regions(codes: $codes) {
    code
    umkmSummary { total halalCertified womanOwned employees annualSales withoutKbliCode byScale { scale count } bySector { sector count } }
  }
}`;

interface UmkmSummary {
  total: number;
  halalCertified: number;
  womanOwned: number;
  employees: number;
  annualSales: string;
  withoutKbliCode: number;
  byScale: Array<{ scale: string; count: number }>;
  bySector: Array<{ sector: string; count: number }>;
}

describe.each(testDrivers())('the regency rollup of business actors on %s', (driver) => {
  let stack: GraphStack;
  let actors: () => Promise<ActorRow[]>;

  beforeAll(async () => {
    stack = await startGraphStack({ driver });
    actors = () => stack.sql<ActorRow>('umkm', 'SELECT regionCode, scale, sector, halalCertificateNumber, isWomanOwned, kbliCode, employees, annualSales FROM umkm_actors');
  });

  afterAll(async () => {
    await stack?.stop();
  });

  /** The rollup's rows with actors, against the same sums made here from every actor. */
  async function expectRollupToMatchActors(): Promise<void> {
    const expected = new Map<string, Totals>();
    for (const actor of await actors()) {
      const key = `${actor.regionCode.slice(0, 5)}|${actor.scale}|${actor.sector}`;
      const totals = expected.get(key) ?? empty();
      add(totals, actor);
      expected.set(key, totals);
    }
    const rollup = await stack.sql<Record<string, string | number>>('umkm', 'SELECT * FROM umkm_regency_rollups WHERE actors > 0');
    const held = new Map(
      rollup.map((row) => [
        `${row.regencyCode}|${row.scale}|${row.sector}`,
        {
          actors: Number(row.actors),
          halalCertified: Number(row.halalCertified),
          womanOwned: Number(row.womanOwned),
          withoutKbliCode: Number(row.withoutKbliCode),
          employees: Number(row.employees),
          annualSalesSen: BigInt(row.annualSalesSen),
        },
      ]),
    );
    expect(held.size).toBeGreaterThan(0);
    expect(new Map([...held].sort())).toEqual(new Map([...expected].sort()));
  }

  /** The graph's summaries of `codes` against the actors' rows under each code. */
  async function expectSummariesToMatchActors(codes: string[]): Promise<void> {
    const response = await stack.query<{ regions: Array<{ code: string; umkmSummary: UmkmSummary }> }>(UMKM_SUMMARY, { codes });
    expect(response.body.errors).toBeUndefined();
    const rows = await actors();
    for (const region of response.body.data!.regions) {
      const within = rows.filter((actor) => actor.regionCode === region.code || actor.regionCode.startsWith(`${region.code}.`));
      const totals = empty();
      within.forEach((actor) => add(totals, actor));
      const countBy = (key: 'scale' | 'sector') => within.reduce<Record<string, number>>((counts, actor) => ({ ...counts, [actor[key]]: (counts[actor[key]] ?? 0) + 1 }), {});
      const summary = region.umkmSummary;
      expect([region.code, summary.total, summary.halalCertified, summary.womanOwned, summary.employees, summary.withoutKbliCode]).toEqual([
        region.code,
        totals.actors,
        totals.halalCertified,
        totals.womanOwned,
        totals.employees,
        totals.withoutKbliCode,
      ]);
      expect([region.code, summary.annualSales]).toEqual([region.code, senToRupiah(totals.annualSalesSen)]);
      expect(Object.fromEntries(summary.byScale.filter((entry) => entry.count > 0).map((entry) => [entry.scale, entry.count]))).toEqual(countBy('scale'));
      expect(Object.fromEntries(summary.bySector.map((entry) => [entry.sector, entry.count]))).toEqual(countBy('sector'));
    }
  }

  let village: string;
  let codes: string[];

  it('is filled from the actors on record when the migration runs', async () => {
    village = (await actors()).map((actor) => actor.regionCode).find((code) => code.startsWith('81.71.') && code.length === 13)!;
    codes = ['81', village.slice(0, 5), village.slice(0, 8), '31', '31.72', '36.74'];
    await expectRollupToMatchActors();
    await expectSummariesToMatchActors(codes);
  });

  let registered: string;

  it('follows a registration and an update that changes the scale, the sector and the halal status', async () => {
    const registration = await stack.query<{ registerUmkmActor: { id: string; scale: string } }>(
      'mutation($input: RegisterUmkmActorInput!) { registerUmkmActor(input: $input) { id scale } }',
      {
        input: {
          nib: '8800000000001',
          ownerName: 'Ibu Uji',
          businessName: 'Sagu Uji',
          sector: 'C',
          annualSales: '1234567.89',
          employees: 3,
          isWomanOwned: true,
          regionCode: village,
          reportingOffice: 'Dinas Koperasi dan UKM Kota Ambon',
        },
      },
    );
    expect(registration.body.errors).toBeUndefined();
    registered = registration.body.data!.registerUmkmActor.id;
    await expectRollupToMatchActors();

    const update = await stack.query<{ updateUmkmActor: { scale: string } }>(
      'mutation($id: ID!, $input: UpdateUmkmActorInput!) { updateUmkmActor(id: $id, input: $input) { scale } }',
      { id: registered, input: { annualSales: '30000000000.55', sector: 'G', employees: 41, halalCertificateNumber: 'ID00410000012340124', halalCertifiedOn: '2026-01-15', reportingOffice: 'Dinas Koperasi dan UKM Kota Ambon' } },
    );
    expect(update.body.errors).toBeUndefined();
    expect(update.body.data!.updateUmkmActor.scale).toBe('MENENGAH');
    await expectRollupToMatchActors();
    await expectSummariesToMatchActors(codes);
  });

  it('is unchanged by a refused registration', async () => {
    const before = await stack.sql('umkm', 'SELECT * FROM umkm_regency_rollups ORDER BY regencyCode, scale, sector');
    const duplicate = await stack.query(
      'mutation($input: RegisterUmkmActorInput!) { registerUmkmActor(input: $input) { id } }',
      { input: { nib: '8800000000001', ownerName: 'Lain', businessName: 'Lain', sector: 'A', annualSales: '5000000', employees: 1, regionCode: village, reportingOffice: 'Dinas' } },
    );
    expect(duplicate.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await stack.sql('umkm', 'SELECT * FROM umkm_regency_rollups ORDER BY regencyCode, scale, sector')).toEqual(before);
  });

  it("follows an operator's SQL that moves an actor to another regency and deletes one", async () => {
    const [other] = await stack.sql<{ regionCode: string }>('umkm', "SELECT regionCode FROM umkm_actors WHERE regionCode LIKE '31.72.%' LIMIT 1");
    await stack.sql('umkm', 'UPDATE umkm_actors SET regionCode = ? WHERE id = ?', [other.regionCode, registered]);
    await expectRollupToMatchActors();
    const [removed] = await stack.sql<{ id: string }>('umkm', "SELECT id FROM umkm_actors WHERE regionCode LIKE '36.74.%' ORDER BY id LIMIT 1");
    await stack.sql('umkm', 'DELETE FROM umkm_actors WHERE id = ?', [removed.id]);
    await expectRollupToMatchActors();
    await expectSummariesToMatchActors(codes);
  });

  // SQLite has one writer at a time; MariaDB lets two writers of one regency lock its rollup rows in turn.
  if (driver !== 'mysql') return;
  it('lets two writers that deadlock on one regency\'s rollup rows both land, the victim run again', async () => {
    const db = stack.subgraphs.umkm.server.db;
    const columns = (await db.query('SHOW COLUMNS FROM umkm_actors')).map((column: { Field: string }) => column.Field) as string[];
    const [model] = await db.query("SELECT id FROM umkm_actors WHERE regionCode LIKE '31.72.%' LIMIT 1");
    // A copy of an existing actor under a new id and NIB, in the sector given (and so another rollup row).
    const overrides: Record<string, string> = { id: '?', nib: '?', sector: '?', kbliCode: 'NULL' };
    const values = columns.map((column) => overrides[column] ?? column);
    const insertCopy = (manager: EntityManager, nib: string, sector: string) =>
      manager.query(`INSERT INTO umkm_actors (${columns.join(', ')}) SELECT ${values.join(', ')} FROM umkm_actors WHERE id = ?`, [`deadlock-${nib}`, nib, sector, model.id]);
    // Each writer takes its first row, waits until the other has taken its own, then asks for the other's.
    let attempts = 0;
    const firstRowsTaken: Array<() => void> = [];
    const bothTookTheirFirst = Promise.all([0, 1].map((index) => new Promise<void>((resolve) => (firstRowsTaken[index] = resolve))));
    const writer = (index: number, nibs: [string, string], sectors: [string, string]) =>
      retryingTransaction(db, async (manager) => {
        attempts += 1;
        await insertCopy(manager, nibs[0], sectors[0]);
        firstRowsTaken[index]();
        await bothTookTheirFirst;
        await insertCopy(manager, nibs[1], sectors[1]);
      });
    await Promise.all([writer(0, ['8900000000001', '8900000000002'], ['A', 'B']), writer(1, ['8900000000003', '8900000000004'], ['B', 'A'])]);
    expect(attempts).toBe(3);
    expect(Number((await db.query("SELECT COUNT(*) AS n FROM umkm_actors WHERE id LIKE 'deadlock-%'"))[0].n)).toBe(4);
    await expectRollupToMatchActors();
  });
});
