import { randomUUID } from 'node:crypto';
import { testDrivers } from '@kumkm/subgraph-kit/testing';
import { errorCodes, postGraphQL, startGraphStack, type GraphStack } from './support/graph-stack';

const RAKOR = `query Rakor($asOfYear: Int) {
  regions(codes: ["81", "31.72", "36.74"]) {
    code name level
    cooperativeSummary(asOfYear: $asOfYear) {
      total active members merahPutih withoutRecentRat
      byType { type count }
      byStatus { status count }
    }
  }
}`;

interface Summary {
  total: number;
  active: number;
  members: number;
  merahPutih: number;
  withoutRecentRat: number;
  byType: Array<{ type: string; count: number }>;
  byStatus: Array<{ status: string; count: number }>;
}

describe.each(testDrivers())('cooperatives through the gateway (%s)', (driver) => {
  let stack: GraphStack;
  const sql = <Row = Record<string, any>>(query: string, parameters: unknown[] = []) => stack.sql<Row>('cooperatives', query, parameters);
  const within = (code: string) => ({ where: '(regionCode = ? OR regionCode LIKE ?)', parameters: [code, `${code}.%`] });
  const countOf = async (query: string, parameters: unknown[] = []) => Number((await sql(query, parameters))[0].n);

  beforeAll(async () => {
    stack = await startGraphStack({ driver });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  describe('the coordination (Rakor) query', () => {
    it('returns the three regions with their official names', async () => {
      const response = await stack.query<{ regions: Array<{ code: string; name: string; level: string }> }>(RAKOR, { asOfYear: 2026 });
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data?.regions.map(({ code, name, level }) => ({ code, name, level }))).toEqual([
        { code: '81', name: 'Maluku', level: 'PROVINCE' },
        { code: '31.72', name: 'Kota Administrasi Jakarta Utara', level: 'CITY' },
        { code: '36.74', name: 'Kota Tangerang Selatan', level: 'CITY' },
      ]);
    });

    it('gives summaries equal to SQL counts of the seeded rows', async () => {
      const response = await stack.query<{ regions: Array<{ code: string; cooperativeSummary: Summary }> }>(RAKOR, { asOfYear: 2026 });
      for (const region of response.body.data!.regions) {
        const { where, parameters } = within(region.code);
        const summary = region.cooperativeSummary;
        expect(summary.total).toBe(await countOf(`SELECT COUNT(*) AS n FROM cooperatives WHERE ${where}`, parameters));
        expect(summary.active).toBe(await countOf(`SELECT COUNT(*) AS n FROM cooperatives WHERE status = 'ACTIVE' AND ${where}`, parameters));
        expect(summary.members).toBe(
          await countOf(`SELECT COALESCE(SUM(memberCount), 0) AS n FROM cooperatives WHERE status = 'ACTIVE' AND ${where}`, parameters),
        );
        expect(summary.merahPutih).toBe(
          await countOf(`SELECT COUNT(*) AS n FROM cooperatives WHERE status = 'ACTIVE' AND isMerahPutih = 1 AND ${where}`, parameters),
        );
        // Counted from the RAT records themselves, not from the denormalized last-RAT column the resolver reads.
        expect(summary.withoutRecentRat).toBe(
          await countOf(
            `SELECT COUNT(*) AS n FROM cooperatives c WHERE c.status = 'ACTIVE' AND ${where.replace(/regionCode/g, 'c.regionCode')}
               AND (c.establishedOn IS NULL OR c.establishedOn < '2025-01-01')
               AND NOT EXISTS (SELECT 1 FROM annual_meetings m WHERE m.cooperativeId = c.id AND m.heldOn >= '2025-01-01')`,
            parameters,
          ),
        );
        for (const { type, count } of summary.byType) {
          expect(count).toBe(await countOf(`SELECT COUNT(*) AS n FROM cooperatives WHERE status = 'ACTIVE' AND type = ? AND ${where}`, [type, ...parameters]));
        }
        for (const { status, count } of summary.byStatus) {
          expect(count).toBe(await countOf(`SELECT COUNT(*) AS n FROM cooperatives WHERE status = ? AND ${where}`, [status, ...parameters]));
        }
      }
    });

    it('shows the facts of the regional reports', async () => {
      const response = await stack.query<{ regions: Array<{ code: string; cooperativeSummary: Summary }> }>(RAKOR, { asOfYear: 2026 });
      const byCode = Object.fromEntries(response.body.data!.regions.map((region) => [region.code, region.cooperativeSummary]));
      expect(byCode['36.74'].active).toBe(462);
      expect(byCode['36.74'].byType.filter((entry) => entry.count > 0)).toHaveLength(5);
      expect(byCode['31.72'].merahPutih).toBe(31);
      const sunterAgung = await stack.query<{ cooperatives: { edges: Array<{ node: { name: string; memberCount: number } }> } }>(
        `{ cooperatives(filter: { region: "31.72.02.1006", isMerahPutih: true }) { edges { node { name memberCount } } } }`,
      );
      expect(sunterAgung.body.errors).toBeUndefined();
      expect(sunterAgung.body.data?.cooperatives.edges.map((edge) => edge.node)).toEqual([
        { name: 'Koperasi Kelurahan Merah Putih Sunter Agung', memberCount: 175 },
      ]);
    });
  });

  describe('listing cooperatives', () => {
    const PAGE = `query Page($filter: CooperativeFilter, $first: Int, $after: String) {
      cooperatives(filter: $filter, first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { cursor node { id name regionCode type region { code name level parent { code } } } }
      }
    }`;
    type Page = {
      cooperatives: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: Array<{ node: { id: string; name: string; regionCode: string; type: string; region: { code: string; parent: { code: string } } } }>;
      };
    };

    it('walks every page of a district in name order, matching the rows below that district', async () => {
      const filter = { region: '36.74.01' };
      const ids: string[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const response: Awaited<ReturnType<typeof stack.query<Page>>> = await stack.query<Page>(PAGE, { filter, first: 7, after });
        expect(response.body.errors).toBeUndefined();
        const page = response.body.data!.cooperatives;
        for (const edge of page.edges) {
          expect(edge.node.regionCode.startsWith('36.74.01.')).toBe(true);
          expect(edge.node.region.code).toBe(edge.node.regionCode);
          expect(edge.node.region.parent.code).toBe('36.74.01');
        }
        ids.push(...page.edges.map((edge) => edge.node.id));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
        pages++;
      } while (after);
      const expected = await sql<{ id: string }>("SELECT id FROM cooperatives WHERE regionCode LIKE '36.74.01.%' ORDER BY name, id");
      expect(ids).toEqual(expected.map((row: { id: string }) => row.id));
      expect(pages).toBeGreaterThan(1);
    });

    it('combines filters and counts the matches', async () => {
      const response = await stack.query<Page>(PAGE, { filter: { region: '36.74', type: 'SIMPAN_PINJAM', status: 'ACTIVE' }, first: 5 });
      const page = response.body.data!.cooperatives;
      expect(page.edges).toHaveLength(5);
      expect(page.edges.every((edge) => edge.node.type === 'SIMPAN_PINJAM')).toBe(true);
      expect(page.totalCount).toBe(
        await countOf("SELECT COUNT(*) AS n FROM cooperatives WHERE type = 'SIMPAN_PINJAM' AND status = 'ACTIVE' AND regionCode LIKE '36.74.%'"),
      );
    });

    it('finds cooperatives by part of their name, taking LIKE wildcards literally', async () => {
      const count = async (text: string) =>
        (await stack.query<{ cooperatives: { totalCount: number } }>('query($t: String!) { cooperatives(filter: { nameContains: $t }) { totalCount } }', { t: text }))
          .body.data!.cooperatives.totalCount;
      expect(await count('Merah Putih')).toBe(31);
      expect(await count('Merah Putih Sunter Agung')).toBe(1);
      expect(await count('Merah%Putih')).toBe(0);
      expect(await count('Simpan Pinjam')).toBe(await countOf("SELECT COUNT(*) AS n FROM cooperatives WHERE name LIKE '%Simpan Pinjam%'"));
    });

    it('does not confuse a region with a sibling whose code starts the same', async () => {
      const response = await stack.query<Page>(PAGE, { filter: { region: '81.71' }, first: 100 });
      expect(response.body.data!.cooperatives.edges.every((edge) => edge.node.regionCode.startsWith('81.71.'))).toBe(true);
      const tual = await stack.query<Page>(PAGE, { filter: { region: '81.72' }, first: 100 });
      expect(tual.body.data!.cooperatives.edges.every((edge) => edge.node.regionCode.startsWith('81.72.'))).toBe(true);
    });
  });

  describe('finding one cooperative', () => {
    it('by id, NIK or legal entity number; an unknown id is null', async () => {
      const [row] = await sql("SELECT id, nik, legalEntityNumber, name FROM cooperatives WHERE nik IS NOT NULL AND regionCode LIKE '81.71.%' ORDER BY id LIMIT 1");
      const response = await stack.query(
        `query Find($id: ID!, $nik: String!, $legal: String!, $unknown: ID!) {
          byId: cooperative(id: $id) { name officers { position body } provenance { office } }
          byNik: cooperativeByNik(nik: $nik) { id }
          byLegal: cooperativeByLegalEntityNumber(legalEntityNumber: $legal) { id }
          unknown: cooperative(id: $unknown) { id }
        }`,
        { id: row.id, nik: row.nik, legal: row.legalEntityNumber, unknown: randomUUID() },
      );
      expect(response.body.errors).toBeUndefined();
      const data = response.body.data as Record<string, { id?: string; name?: string; officers?: Array<{ body: string }>; provenance?: { office: string } } | null>;
      expect(data.byId?.name).toBe(row.name);
      expect(data.byId?.provenance?.office).toBe('Dinas Koperasi dan UKM Kota Ambon');
      expect(new Set(data.byId?.officers?.map((officer) => officer.body))).toEqual(new Set(['PENGURUS', 'PENGAWAS']));
      expect(data.byNik?.id).toBe(row.id);
      expect(data.byLegal?.id).toBe(row.id);
      expect(data.unknown).toBeNull();
    });
  });

  describe('batching', () => {
    it('resolves many entity references with one SQL statement, null for unknown ones', async () => {
      const rows = await sql<{ id: string }>('SELECT id FROM cooperatives ORDER BY id LIMIT 50');
      const representations = [...rows.map((row) => ({ __typename: 'Cooperative', id: row.id })), { __typename: 'Cooperative', id: randomUUID() }];
      const { result, statements } = await stack.subgraphs.cooperatives.statements.during(() =>
        postGraphQL<{ _entities: Array<{ id: string } | null> }>(
          stack.subgraphs.cooperatives.server.url,
          `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Cooperative { id } } }`,
          { representations },
          stack.adminToken,
        ),
      );
      expect(result.body.data?._entities.slice(0, 50).map((entity) => entity?.id)).toEqual(rows.map((row) => row.id));
      expect(result.body.data?._entities[50]).toBeNull();
      expect(statements).toHaveLength(1);
    });

    it('costs the same number of statements for a page of 5 and a page of 50 with nested lists', async () => {
      const query = `query($first: Int) { cooperatives(first: $first, filter: { region: "36.74" }) {
        edges { node { name officers { fullName } annualMeetings { fiscalYear } latestHealthRating { category } healthRatings { score } } } } }`;
      const small = await stack.subgraphs.cooperatives.statements.during(() => stack.query(query, { first: 5 }));
      const large = await stack.subgraphs.cooperatives.statements.during(() => stack.query(query, { first: 50 }));
      expect(large.result.body.errors).toBeUndefined();
      expect(large.statements.length).toBe(small.statements.length);
      expect(large.statements.length).toBeLessThanOrEqual(4);
    });
  });

  describe('bad input', () => {
    it.each([
      ['a malformed id', '{ cooperative(id: "42; DROP TABLE cooperatives") { id } }', 'BAD_USER_INPUT'],
      ['a malformed region code', '{ cooperatives(filter: { region: "36.7" }) { totalCount } }', 'BAD_USER_INPUT'],
      ['a LIKE wildcard in a region code', '{ cooperatives(filter: { region: "36.74%" }) { totalCount } }', 'BAD_USER_INPUT'],
      ['a malformed region code in regions', '{ regions(codes: ["81", "Maluku"]) { code } }', 'BAD_USER_INPUT'],
      ['an invalid NIK', '{ cooperativeByNik(nik: "12345") { id } }', 'BAD_USER_INPUT'],
      ['a page size over the maximum', '{ cooperatives(first: 101) { totalCount } }', 'BAD_USER_INPUT'],
      ['a negative page size', '{ cooperatives(first: -1) { totalCount } }', 'BAD_USER_INPUT'],
      ['a forged cursor', '{ cooperatives(after: "eyJzcWwiOjF9") { totalCount } }', 'BAD_USER_INPUT'],
      ['a date range that ends before it starts', '{ cooperatives(filter: { establishedFrom: "2020-01-01", establishedTo: "2019-01-01" }) { totalCount } }', 'BAD_USER_INPUT'],
    ])('%s gives a clear error with a stable code, never a 500', async (_label, query, code) => {
      const response = await stack.query(query);
      expect(response.status).toBeLessThan(500);
      expect(errorCodes(response)).toEqual([code]);
      expect(response.body.errors![0].message.length).toBeGreaterThan(10);
      expect(JSON.stringify(response.body)).not.toMatch(/stacktrace|SELECT|at .*\.ts:\d+/);
    });
  });

  describe('writes', () => {
    const REGISTER = `mutation Register($input: RegisterCooperativeInput!) {
      registerCooperative(input: $input) { id name nik assets memberCount status region { name } officers { fullName position } provenance { office source } }
    }`;
    const baseInput = {
      nik: '3674010000009999',
      legalEntityNumber: 'AHU-0099999.AH.01.26.TAHUN 2024',
      name: 'Koperasi Jasa Uji Coba Pondok Aren',
      type: 'JASA',
      memberCount: 35,
      establishedOn: '2024-03-01',
      regionCode: '36.74.03.1002',
      assets: '534000000000',
      officers: [
        { fullName: 'Siti Rahmawati', position: 'KETUA', termStartYear: 2024 },
        { fullName: 'Budi Santoso', position: 'PENGAWAS', termStartYear: 2024 },
      ],
      reportingOffice: 'Dinas Koperasi dan UKM Kota Tangerang Selatan',
    };
    const totals = async () => ({
      cooperatives: await countOf('SELECT COUNT(*) AS n FROM cooperatives'),
      officers: await countOf('SELECT COUNT(*) AS n FROM cooperative_officers'),
      meetings: await countOf('SELECT COUNT(*) AS n FROM annual_meetings'),
    });
    let registeredId: string;

    it('answers an unknown operation name as a client error', async () => {
      const response = await fetch(stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${stack.adminToken}` },
        body: JSON.stringify({ query: '{ region(code: "81") { name } }', operationName: 'Rakor' }),
      });
      expect(response.status).toBeLessThan(500);
      const body = await response.json();
      expect(body.errors[0].extensions.code).toBe('OPERATION_RESOLUTION_FAILURE');
      expect(body.errors[0].message).toContain('Rakor');
    });

    it('registers a cooperative with its officers, exact money and provenance', async () => {
      const response = await stack.query<{ registerCooperative: Record<string, unknown> & { id: string } }>(REGISTER, { input: baseInput });
      expect(response.body.errors).toBeUndefined();
      const registered = response.body.data!.registerCooperative;
      expect(registered).toMatchObject({
        name: baseInput.name,
        nik: baseInput.nik,
        assets: '534000000000',
        status: 'ACTIVE',
        region: { name: 'Pondok Pucung' },
        provenance: { office: baseInput.reportingOffice, source: 'GraphQL mutation' },
      });
      expect(registered.officers).toHaveLength(2);
      registeredId = registered.id;
      const again = await stack.query<{ cooperative: { assets: string } }>('query($id: ID!) { cooperative(id: $id) { assets } }', { id: registeredId });
      expect(again.body.data?.cooperative.assets).toBe('534000000000');
    });

    it.each([
      ['a duplicate legal entity number', { nik: '3674010000008888' }, 'CONFLICT'],
      ['a duplicate NIK', { legalEntityNumber: 'AHU-0088888.AH.01.26.TAHUN 2024' }, 'CONFLICT'],
      ['an invalid NIK', { nik: '36740100', legalEntityNumber: 'X-1' }, 'BAD_USER_INPUT'],
      ['an unknown region', { nik: null, legalEntityNumber: 'X-2', regionCode: '36.74.99.9999' }, 'BAD_USER_INPUT'],
      ['a malformed region', { nik: null, legalEntityNumber: 'X-3', regionCode: '36.74.03.1002%' }, 'BAD_USER_INPUT'],
      ['a future establishment date', { nik: null, legalEntityNumber: 'X-4', establishedOn: '2999-01-01' }, 'BAD_USER_INPUT'],
      ['negative money', { nik: null, legalEntityNumber: 'X-5', assets: '-5' }, 'BAD_USER_INPUT'],
      ['non-numeric money', { nik: null, legalEntityNumber: 'X-6', assets: 'lima juta' }, 'BAD_USER_INPUT'],
      ['a negative member count', { nik: null, legalEntityNumber: 'X-7', memberCount: -1 }, 'BAD_USER_INPUT'],
      [
        'one invalid officer among valid ones',
        { nik: null, legalEntityNumber: 'X-8', officers: [...baseInput.officers, { fullName: 'A', position: 'BENDAHARA', termStartYear: 2024 }] },
        'BAD_USER_INPUT',
      ],
    ])('refuses %s and writes nothing', async (_label, change, code) => {
      const before = await totals();
      const response = await stack.query(REGISTER, { input: { ...baseInput, ...change } });
      expect(response.status).toBeLessThan(500);
      expect(errorCodes(response)).toEqual([code]);
      expect(await totals()).toEqual(before);
    });

    it('updates a cooperative and records who reported the change', async () => {
      const response = await stack.query<{ updateCooperative: { memberCount: number; provenance: { office: string } } }>(
        `mutation($id: ID!) { updateCooperative(id: $id, input: { memberCount: 40, reportingOffice: "Dinas KUKM Tangsel, bidang kelembagaan" }) {
          memberCount provenance { office } } }`,
        { id: registeredId },
      );
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data?.updateCooperative).toEqual({ memberCount: 40, provenance: { office: 'Dinas KUKM Tangsel, bidang kelembagaan' } });
    });

    it('answers NOT_FOUND when updating an unknown cooperative', async () => {
      const response = await stack.query(`mutation($id: ID!) { updateCooperative(id: $id, input: { memberCount: 1, reportingOffice: "Dinas" }) { id } }`, {
        id: randomUUID(),
      });
      expect(errorCodes(response)).toEqual(['NOT_FOUND']);
    });

    it('records an RAT, which moves the cooperative out of "without recent RAT"', async () => {
      const summaryOf = async () =>
        (await stack.query<{ region: { cooperativeSummary: Summary } }>('{ region(code: "36.74.03.1002") { cooperativeSummary(asOfYear: 2026) { withoutRecentRat } } }'))
          .body.data!.region.cooperativeSummary.withoutRecentRat;
      await sql("UPDATE cooperatives SET establishedOn = '2020-01-01' WHERE id = ?", [registeredId]);
      const before = await summaryOf();
      const RECORD = `mutation($id: ID!, $year: Int!) { recordAnnualMeeting(cooperativeId: $id, input: {
        fiscalYear: $year, heldOn: "2026-03-14", attendance: 30, reportingOffice: "Dinas Koperasi dan UKM Kota Tangerang Selatan" }) { fiscalYear heldOn } }`;
      const recorded = await stack.query(RECORD, { id: registeredId, year: 2025 });
      expect(recorded.body.errors).toBeUndefined();
      expect(await summaryOf()).toBe(before - 1);

      const meetings = await countOf('SELECT COUNT(*) AS n FROM annual_meetings');
      const duplicate = await stack.query(RECORD, { id: registeredId, year: 2025 });
      expect(errorCodes(duplicate)).toEqual(['CONFLICT']);
      const implausible = await stack.query(RECORD, { id: registeredId, year: 2019 });
      expect(errorCodes(implausible)).toEqual(['BAD_USER_INPUT']);
      const unknown = await stack.query(RECORD, { id: randomUUID(), year: 2025 });
      expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
      expect(await countOf('SELECT COUNT(*) AS n FROM annual_meetings')).toBe(meetings);
    });

    it('rates only savings and loan cooperatives, deriving the category from the score', async () => {
      const RATE = `mutation($id: ID!) { recordHealthRating(cooperativeId: $id, input: { year: 2025, score: 72.5, reportingOffice: "Dinas" }) { category score } }`;
      expect(errorCodes(await stack.query(RATE, { id: registeredId }))).toEqual(['BAD_USER_INPUT']);
      const [savingsAndLoan] = await sql("SELECT id FROM cooperatives WHERE type = 'SIMPAN_PINJAM' AND status = 'ACTIVE' ORDER BY id LIMIT 1");
      const rated = await stack.query<{ recordHealthRating: { category: string; score: number } }>(RATE, { id: savingsAndLoan.id });
      expect(rated.body.data?.recordHealthRating).toEqual({ category: 'CUKUP_SEHAT', score: 72.5 });
    });
  });
});
