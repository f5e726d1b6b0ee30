import { createHash } from 'node:crypto';
import { Role } from '@kumkm/subgraph-kit';
import express, { type RequestHandler } from 'express';
import { serveStep } from './http-step.fixture';
import { TrustedDocumentStore, trustedDocuments, type TrustedDocumentsMode } from './trusted-documents';

const RAKOR = 'query Rakor { regions(codes: ["81"]) { code } }';
const RAKOR_HASH = createHash('sha256').update(RAKOR).digest('hex');
const store = new TrustedDocumentStore([{ [`sha256:${RAKOR_HASH}`]: RAKOR }]);

/** Stands in for authentication: the role comes from a test header. */
const viewerFromHeader: RequestHandler = (req, res, next) => {
  res.locals.viewer = { subject: 'someone', role: String(req.headers['x-role']) };
  next();
};
/** Shows what the step left of the body for the handler after it. */
const echoBody: RequestHandler = (req, res, next) => {
  res.locals.body = req.body;
  next();
};

async function serve(mode: TrustedDocumentsMode) {
  const step = await serveStep(viewerFromHeader, express.json(), trustedDocuments({ mode, store, explorerRoles: [Role.ANALYST, Role.ADMIN] }), echoBody);
  const send = async (role: Role, body: Record<string, unknown>) => {
    const response = await fetch(step.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-role': role }, body: JSON.stringify(body) });
    const answer = await response.json();
    return { status: response.status, code: answer.errors?.[0].extensions.code as string | undefined, body: answer.locals?.body };
  };
  return { ...step, send };
}

describe('trusted documents', () => {
  it('turns a registered documentId or APQ hash into its document, and refuses an unknown id with 400 PERSISTED_DOCUMENT_NOT_FOUND', async () => {
    const step = await serve('off');
    try {
      expect(await step.send(Role.OFFICER, { documentId: `sha256:${RAKOR_HASH}`, variables: { a: 1 } })).toEqual({ status: 200, code: undefined, body: { query: RAKOR, variables: { a: 1 } } });
      expect((await step.send(Role.OFFICER, { documentId: RAKOR_HASH })).body.query).toBe(RAKOR);
      const apq = { extensions: { persistedQuery: { version: 1, sha256Hash: RAKOR_HASH } } };
      expect((await step.send(Role.OFFICER, apq)).body).toEqual({ ...apq, query: RAKOR });
      expect(await step.send(Role.OFFICER, { documentId: 'sha256:0000' })).toMatchObject({ status: 400, code: 'PERSISTED_DOCUMENT_NOT_FOUND' });
      expect(await step.send(Role.OFFICER, { documentId: 42 })).toMatchObject({ status: 400, code: 'PERSISTED_DOCUMENT_NOT_FOUND' });
      expect(await step.send(Role.ANALYST, { query: '{ __typename }', ...apq })).toMatchObject({ status: 400, code: 'PERSISTED_QUERY_HASH_MISMATCH' });
      expect((await step.send(Role.ANALYST, { query: RAKOR, ...apq })).status).toBe(200);
      // Off: any document runs, and a hash the manifest lacks is left to Apollo's APQ cache.
      expect((await step.send(Role.OFFICER, { query: '{ __typename }' })).status).toBe(200);
      expect((await step.send(Role.OFFICER, { extensions: { persistedQuery: { version: 1, sha256Hash: 'ab'.repeat(32) } } })).body.query).toBeUndefined();
      expect(step.passed()).toBe(6);
    } finally {
      await step.close();
    }
  });

  it('under enforce, refuses an unregistered document from an officer with 403 PERSISTED_DOCUMENT_REQUIRED and lets explorers send their own', async () => {
    const step = await serve('enforce');
    try {
      const unknownHash = { extensions: { persistedQuery: { version: 1, sha256Hash: 'ab'.repeat(32) } } };
      expect(await step.send(Role.OFFICER, { query: '{ __typename }' })).toMatchObject({ status: 403, code: 'PERSISTED_DOCUMENT_REQUIRED' });
      expect(await step.send(Role.OFFICER, { query: `${RAKOR} ` })).toMatchObject({ status: 403, code: 'PERSISTED_DOCUMENT_REQUIRED' });
      expect(await step.send(Role.OFFICER, unknownHash)).toMatchObject({ status: 403, code: 'PERSISTED_DOCUMENT_REQUIRED' });
      expect(await step.send(Role.COORDINATOR, {})).toMatchObject({ status: 403, code: 'PERSISTED_DOCUMENT_REQUIRED' });
      const get = await fetch(`${step.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'x-role': Role.OFFICER } });
      expect(get.status).toBe(403);

      expect((await step.send(Role.OFFICER, { query: RAKOR })).status).toBe(200);
      expect((await step.send(Role.OFFICER, { documentId: `sha256:${RAKOR_HASH}` })).body.query).toBe(RAKOR);
      expect((await step.send(Role.ANALYST, { query: '{ __typename }' })).status).toBe(200);
      expect((await step.send(Role.ADMIN, unknownHash)).status).toBe(200);
      expect(step.passed()).toBe(4);
    } finally {
      await step.close();
    }
  });
});
