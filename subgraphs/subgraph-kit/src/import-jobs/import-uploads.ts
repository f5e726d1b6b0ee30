import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import express, { type Request, type RequestHandler, type Response } from 'express';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { describeRole, writesRecords, type Viewer } from '../auth/viewer';
import type { ImportConfig } from '../config/import-config';
import type { EntityOwners } from '../federation/entity-owners';
import { writeImportTemplate } from '../import/import-template';
import { IMPORT_MODES, type ImportMode } from '../import/run-import';
import type { ReadReplicas } from '../database/read-replicas';
import { RegionDirectory } from '../region/region-directory';
import type { ImportKindDefinition } from '../server/launch-subgraph';
import type { Logger } from '../server/logger';
import { refuse } from '../server/refusal';
import { runImportJob } from './import-job-runner';
import { sheetExtension, type ImportJob, type ImportJobStore } from './import-job-store';

export interface ImportUploadOptions {
  db: DataSource;
  kinds: Record<string, ImportKindDefinition>;
  store: ImportJobStore;
  config: ImportConfig;
  verify: (authorization: string | undefined) => Promise<Viewer>;
  entityOwners: EntityOwners;
  logger: Logger;
  /** The database's read replicas: a committed import waits until they have it. */
  readReplicas?: ReadReplicas;
}

/** What a request asks to import, read from its query string: the file is the body's one part. */
interface UploadRequest {
  kind: string;
  mode: ImportMode;
  regionCode: string;
  office: string;
  sheet?: string;
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

function readUploadRequest(req: Request, kinds: Record<string, ImportKindDefinition>, viewer: Viewer): UploadRequest | string {
  const kind = text(req.query.kind);
  if (!kind || !kinds[kind]) return `Say what the file holds: ?kind=${Object.keys(kinds).join('|')}`;
  const mode = (text(req.query.mode) ?? 'ALL_OR_NOTHING').toUpperCase() as ImportMode;
  if (!IMPORT_MODES.includes(mode)) return `mode is one of ${IMPORT_MODES.join(', ')}`;
  const regionCode = text(req.query.region) ?? viewer.region;
  const region = regionCode ? RegionDirectory.load().find(regionCode) : undefined;
  if (!regionCode || !region) return 'Give the office\'s region: ?region=<Kemendagri code> (village names are resolved inside it)';
  return { kind, mode, regionCode, office: text(req.query.office) ?? `Dinas Koperasi dan UKM ${region.name}`, sheet: text(req.query.sheet) };
}

async function viewerOf(req: Request, res: Response, verify: ImportUploadOptions['verify']): Promise<Viewer | undefined> {
  try {
    return await verify(req.headers.authorization);
  } catch (error) {
    refuse(res, 401, 'UNAUTHENTICATED', error instanceof GraphQLError ? error.message : 'Sign in first');
    return undefined;
  }
}

/**
 * The subgraph's import routes, which the gateway forwards to:
 * - `POST /imports?kind=&region=&mode=&office=&sheet=` with a multipart body holding one file:
 *   the file is streamed to disk (refused with 413 past the size limit), then a job validates and
 *   writes it in the background; the answer (202) is the job's id for `importJob(id)`;
 * - `GET /imports/:id/errors`: the job's errors file, for its uploader and admins;
 * - `GET /imports/templates/:kind.csv|xlsx`: the kind's template.
 * An upload cut off part way ends its job FAILED.
 */
export function importRoutes(options: ImportUploadOptions): express.Router {
  const router = express.Router();
  router.post('/imports', drainUnreadBody, (req, res) => void receiveUpload(req, res, options));
  router.get('/imports/templates/:file', (req, res) => void sendTemplate(req, res, options.kinds));
  router.get('/imports/:id/errors', (req, res) => void sendErrorsFile(req, res, options));
  return router;
}

async function receiveUpload(req: Request, res: Response, options: ImportUploadOptions): Promise<void> {
  const viewer = await viewerOf(req, res, options.verify);
  if (!viewer) return;
  if (!writesRecords(viewer.role)) return refuse(res, 403, 'FORBIDDEN', `Records are imported by officers and admins, not by ${describeRole(viewer.role)}`);
  const request = readUploadRequest(req, options.kinds, viewer);
  if (typeof request === 'string') return refuse(res, 400, 'BAD_USER_INPUT', request);
  const limit = options.config.table.maxFileBytes;
  if (refusedAsTooLarge(req, res, limit)) return;
  if (!req.is('multipart/form-data')) return refuse(res, 400, 'BAD_USER_INPUT', 'Send the file as multipart/form-data, in a part named "file"');
  const job = await options.store.create({ kind: request.kind, mode: request.mode, fileName: 'upload', regionCode: request.regionCode, office: request.office, createdBy: viewer.subject });
  const received = await receiveFile(req, job, options.store, limit);
  if (received !== 'RECEIVED') {
    await options.store.save({ ...job, status: 'FAILED', finishedAt: new Date().toISOString(), failure: received.failure });
    if (!res.writableEnded && !res.destroyed) refuse(res, received.status, received.code, received.failure);
    return;
  }
  const started: ImportJob = { ...job, status: 'RUNNING' };
  res.status(202).json({ jobId: started.id, status: started.status });
  void runImportJob(started, request, viewer, req.headers.authorization, options).catch((error) => options.logger.error({ err: error, jobId: job.id }, 'import job failed to record its outcome'));
}

/**
 * An upload refused before its body is read (no token, over the limit) is read on and dropped
 * once answered, never held: a client still sending would otherwise never see the answer.
 */
export const drainUnreadBody: RequestHandler = (req, res, next) => {
  res.on('finish', () => {
    if (!req.complete) req.resume();
  });
  next();
};

/** Room for the multipart framing around the file. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/**
 * An upload whose declared length is over the limit is refused with 413 before a byte is read,
 * at the gateway and again at the subgraph; true when it was.
 */
export function refusedAsTooLarge(req: Request, res: Response, maxFileBytes: number): boolean {
  if (Number(req.headers['content-length'] ?? 0) <= maxFileBytes + MULTIPART_OVERHEAD_BYTES) return false;
  refuse(res, 413, 'FILE_TOO_LARGE', `A file may have at most ${megabytes(maxFileBytes)}`);
  return true;
}

type Received = 'RECEIVED' | { status: number; code: string; failure: string };

const CUT_OFF: Received = { status: 400, code: 'BAD_REQUEST', failure: 'The upload was cut off before the file ended' };

/** Streams the one file part to the job's folder; never more than `limit` bytes reach the disk. */
function receiveFile(req: Request, job: ImportJob, store: ImportJobStore, limit: number): Promise<Received> {
  return new Promise((resolve) => {
    let outcome: Received | undefined;
    let writing: Promise<void> | undefined;
    const settle = (value: Received) => {
      outcome ??= value;
    };
    const parser = busboy({ headers: req.headers, limits: { fileSize: limit, files: 1, fields: 10 } });
    parser.on('file', (_field, stream, info) => {
      job.fileName = path.basename(info.filename || 'upload');
      stream.on('limit', () => settle({ status: 413, code: 'FILE_TOO_LARGE', failure: `The file is over the ${megabytes(limit)} an import may have` }));
      writing = pipeline(stream, createWriteStream(store.uploadPathOf(job))).then(() => store.save({ ...job, status: 'RUNNING' }));
    });
    parser.on('close', async () => {
      try {
        await writing;
      } catch {
        settle(CUT_OFF);
      }
      resolve(outcome ?? (writing ? 'RECEIVED' : { status: 400, code: 'BAD_USER_INPUT', failure: 'The request holds no file: send it in a part named "file"' }));
    });
    parser.on('error', () => resolve(outcome ?? CUT_OFF));
    req.on('close', () => {
      if (!req.complete) resolve(CUT_OFF);
    });
    req.pipe(parser);
  });
}

async function sendTemplate(req: Request, res: Response, kinds: Record<string, ImportKindDefinition>): Promise<void> {
  const [, kind, extension] = /^([a-z]+)\.(csv|xlsx)$/.exec(String(req.params.file)) ?? [];
  if (!kind || !kinds[kind]) return refuse(res, 404, 'NOT_FOUND', `Templates: ${Object.keys(kinds).map((name) => `${name}.csv, ${name}.xlsx`).join(', ')}`);
  const file = path.join(tmpdir(), `kumkm-template-${process.pid}-${Date.now()}.${extension}`);
  await writeImportTemplate(file, kinds[kind].columns, kinds[kind].example);
  res.download(file, `template-${kind}.${extension}`, () => void rm(file, { force: true }));
}

async function sendErrorsFile(req: Request, res: Response, options: ImportUploadOptions): Promise<void> {
  const viewer = await viewerOf(req, res, options.verify);
  if (!viewer) return;
  const job = await options.store.findReadable(String(req.params.id), viewer);
  if (!job) return refuse(res, 404, 'NOT_FOUND', 'No import job of yours has this id');
  const content = job.hasErrorsFile ? await options.store.readErrorsFile(job) : undefined;
  if (!content) return refuse(res, 404, 'NOT_FOUND', 'This import has no errors file: no row was invalid, or it has not been validated yet');
  res.attachment(`${job.fileName.replace(/\.[^.]+$/, '')}.errors${sheetExtension(job.fileName)}`).send(content);
}
