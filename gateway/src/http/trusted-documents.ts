import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { refuse, Role, type Viewer } from '@kumkm/subgraph-kit';
import type { RequestHandler } from 'express';

/** `off`: any document is run, registered ones may also come by id; `enforce`: only explorers send their own. */
export type TrustedDocumentsMode = 'off' | 'enforce';

/**
 * The registered client operations: the hash → document manifests codegen writes
 * (`persisted-documents.json`, keys `sha256:<hex>`). A document is known by its SHA-256, with
 * or without the `sha256:` prefix, which is also the hash automatic persisted queries send.
 */
export class TrustedDocumentStore {
  private readonly byHash = new Map<string, string>();

  constructor(manifests: ReadonlyArray<Record<string, string>>) {
    for (const manifest of manifests) for (const [id, document] of Object.entries(manifest)) this.byHash.set(hashOf(id), document);
  }

  static load(paths: readonly string[]): TrustedDocumentStore {
    return new TrustedDocumentStore(paths.map((path) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>));
  }

  get size(): number {
    return this.byHash.size;
  }

  find(id: string): string | undefined {
    return this.byHash.get(hashOf(id));
  }

  /** Whether a document sent as text is one of the registered ones, as written in the manifest. */
  registers(document: string): boolean {
    return this.byHash.get(sha256(document)) === document;
  }
}

const hashOf = (id: string) => id.replace(/^sha256:/, '').toLowerCase();
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export interface TrustedDocumentsOptions {
  mode: TrustedDocumentsMode;
  store: TrustedDocumentStore;
  /** Roles that may send documents of their own under `enforce` (analysts explore in GraphiQL). */
  explorerRoles: readonly Role[];
}

interface OperationBody {
  query?: unknown;
  documentId?: unknown;
  extensions?: { persistedQuery?: { sha256Hash?: unknown } };
}

/** A GET request's operation, read only: ids and hashes are turned into documents in POST bodies. */
function getOperation(query: Record<string, unknown>): OperationBody {
  try {
    return { query: query.query, documentId: query.documentId, extensions: typeof query.extensions === 'string' ? JSON.parse(query.extensions) : undefined };
  } catch {
    return { query: query.query };
  }
}

/**
 * Turns a registered operation sent by id (`documentId`, or an automatic-persisted-query hash the
 * manifest holds) into its document, and under `enforce` refuses a document that is not
 * registered from anyone but an explorer: 403 PERSISTED_DOCUMENT_REQUIRED. An unknown
 * `documentId` is 400 PERSISTED_DOCUMENT_NOT_FOUND, a query whose APQ hash is not its own 400
 * PERSISTED_QUERY_HASH_MISMATCH. Runs after authentication (it needs the role)
 * and after the body is parsed; a hash it does not know is left to Apollo's own APQ cache.
 */
export function trustedDocuments(options: TrustedDocumentsOptions): RequestHandler {
  return (req, res, next) => {
    const body: OperationBody = req.method === 'POST' ? (req.body ?? {}) : getOperation(req.query as Record<string, unknown>);
    const mayExplore = options.mode === 'off' || options.explorerRoles.includes((res.locals.viewer as Viewer).role);

    if (body.documentId !== undefined) {
      const document = typeof body.documentId === 'string' ? options.store.find(body.documentId) : undefined;
      if (!document) return refuse(res, 400, 'PERSISTED_DOCUMENT_NOT_FOUND', `No registered operation has the id ${JSON.stringify(body.documentId)}; run \`npm run codegen\` and deploy its manifest`);
      if (req.method !== 'POST') return refuse(res, 400, 'BAD_REQUEST', 'Send a documentId in a POST body');
      body.query = document;
      delete body.documentId;
      return next();
    }
    const hash = body.extensions?.persistedQuery?.sha256Hash;
    if (body.query === undefined && typeof hash === 'string') {
      const document = options.store.find(hash);
      if (document && req.method === 'POST') body.query = document;
      else if (!document && !mayExplore) return refuseUnregistered(res);
      return next();
    }
    // Apollo refuses this too, but with no code, and its error would be masked as internal.
    if (typeof hash === 'string' && typeof body.query === 'string' && sha256(body.query) !== hashOf(hash)) {
      return refuse(res, 400, 'PERSISTED_QUERY_HASH_MISMATCH', 'extensions.persistedQuery.sha256Hash is not the SHA-256 of the query sent with it');
    }
    if (!mayExplore && !(typeof body.query === 'string' && options.store.registers(body.query))) return refuseUnregistered(res);
    next();
  };
}

function refuseUnregistered(res: Parameters<RequestHandler>[1]): void {
  refuse(res, 403, 'PERSISTED_DOCUMENT_REQUIRED', 'This gateway runs registered operations only: send a documentId from your client\'s persisted-documents.json');
}
