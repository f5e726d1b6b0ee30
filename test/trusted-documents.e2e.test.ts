import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { allNibs, GraphClient, rakorLines, reportAnnualMeeting, trainingReach } from '@kumkm/examples';
import { TrustedDocumentStore } from '@kumkm/gateway';
import { Role } from '@kumkm/subgraph-kit';
import { startGraphStack, type GraphStack } from './support/graph-stack';

const MANIFEST = path.resolve(__dirname, '../examples/src/gql/persisted-documents.json');

/** The example client of the README, through a gateway that runs registered operations only. */
describe('trusted documents through the gateway (TRUSTED_DOCUMENTS=enforce)', () => {
  let stack: GraphStack;
  let officer: string;
  let analyst: string;

  const post = async (token: string, body: Record<string, unknown>) => {
    const response = await fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
    const answer = await response.json();
    return { status: response.status, code: answer.errors?.[0]?.extensions?.code as string | undefined, message: answer.errors?.[0]?.message as string | undefined, data: answer.data };
  };

  beforeAll(async () => {
    stack = await startGraphStack({ trustedDocuments: { mode: 'enforce', store: TrustedDocumentStore.load([MANIFEST]), explorerRoles: [Role.ANALYST, Role.ADMIN] } });
    officer = await stack.tokenFor(Role.OFFICER, '81.71');
    analyst = await stack.tokenFor(Role.ANALYST);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('answers the example client\'s registered operations sent by id, typed, across all three subgraphs', async () => {
    const client = new GraphClient(stack.gatewayUrl, officer);
    const lines = await rakorLines(client);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^Maluku: \d+ active cooperatives, \d+ UMKM \(\d+ micro\), \d+ trained$/);

    const reach = await trainingReach(client, '81.71');
    const direct = await stack.sql('cooperatives', "SELECT COUNT(*) AS n FROM cooperatives WHERE regionCode LIKE '81.71%' AND type = 'SIMPAN_PINJAM'");
    expect(reach).toHaveLength(Math.min(20, Number(direct[0].n)));

    const nibs = await allNibs(client, '81.71.01', 7);
    const expected = await stack.sql('umkm', "SELECT nib FROM umkm_actors WHERE regionCode LIKE '81.71.01%'");
    expect(nibs.sort()).toEqual(expected.map((row) => String(row.nib)).sort());
  });

  it('tells a mutation\'s outcomes apart by error code, as the example shows', async () => {
    const client = new GraphClient(stack.gatewayUrl, officer);
    const { body } = await stack.query<{ cooperativeByNik: { id: string } }>('{ cooperativeByNik(nik: "8171199000000003") { id } }');
    const id = body.data!.cooperativeByNik.id;
    const first = await reportAnnualMeeting(client, id, 2026, '2026-11-20', 'Dinas Koperasi dan UKM Kota Ambon');
    expect(first).toMatchObject({ recorded: true });
    expect(await reportAnnualMeeting(client, id, 2026, '2026-11-21', 'Dinas Koperasi dan UKM Kota Ambon')).toMatchObject({ recorded: false, reason: 'ALREADY_RECORDED' });
    expect(await reportAnnualMeeting(client, '00000000-0000-4000-8000-000000000000', 2026, '2026-11-20', 'Dinas Koperasi dan UKM Kota Ambon')).toMatchObject({ recorded: false, reason: 'UNKNOWN_COOPERATIVE' });
    expect(await reportAnnualMeeting(client, id, 2019, '2026-11-20', 'Dinas Koperasi dan UKM Kota Ambon')).toMatchObject({ recorded: false, reason: 'REJECTED' });
  });

  it('refuses an unregistered document from an officer, and runs it for an analyst exploring in GraphiQL', async () => {
    const document = '{ region(code: "81.71") { name } }';
    expect(await post(officer, { query: document })).toMatchObject({ status: 403, code: 'PERSISTED_DOCUMENT_REQUIRED' });
    expect(await post(analyst, { query: document })).toMatchObject({ status: 200, data: { region: { name: 'Kota Ambon' } } });
    // A registered operation sent as text is the same operation.
    const rakor = (Object.values(JSON.parse(readFileSync(MANIFEST, 'utf8'))) as string[]).find((text) => text.startsWith('query RakorOverview'));
    expect(await post(officer, { query: rakor, variables: { codes: ['81.71'] } })).toMatchObject({ status: 200, data: { regions: [{ code: '81.71', name: 'Kota Ambon' }] } });
  });

  it('refuses an unknown document id with 400 PERSISTED_DOCUMENT_NOT_FOUND', async () => {
    expect(await post(officer, { documentId: `sha256:${'0'.repeat(64)}` })).toMatchObject({ status: 400, code: 'PERSISTED_DOCUMENT_NOT_FOUND' });
  });

  it('takes automatic persisted queries from explorers, and refuses a hash that does not match its query', async () => {
    const query = '{ regions(codes: ["81", "36.74"]) { code } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const apq = { extensions: { persistedQuery: { version: 1, sha256Hash } } };
    expect(await post(analyst, apq)).toMatchObject({ code: 'PERSISTED_QUERY_NOT_FOUND' });
    expect(await post(analyst, { ...apq, query })).toMatchObject({ status: 200, data: { regions: [{ code: '81' }, { code: '36.74' }] } });
    expect(await post(analyst, apq)).toMatchObject({ status: 200, data: { regions: [{ code: '81' }, { code: '36.74' }] } });
    // An officer cannot register a document of its own through APQ.
    expect(await post(officer, apq)).toMatchObject({ status: 403, code: 'PERSISTED_DOCUMENT_REQUIRED' });

    const mismatch = await post(analyst, { query: '{ region(code: "81") { code } }', extensions: { persistedQuery: { version: 1, sha256Hash } } });
    expect(mismatch).toMatchObject({ status: 400, code: 'PERSISTED_QUERY_HASH_MISMATCH' });
  });
});
