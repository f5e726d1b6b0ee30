import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Role, type Viewer } from '../auth/viewer';
import type { Logger } from '../server/logger';
import type { RedisLink } from '../shared-state/redis-link';
import type { ImportMode, ImportProgress, ImportStatus } from '../import/run-import';
import type { WriteCounts } from '../import/import-kind';
import type { RowIssue } from '../import/row-issue';

/** RECEIVING: the upload is arriving; RUNNING: validating or writing; then how the import ended. */
export type ImportJobStatus = 'RECEIVING' | 'RUNNING' | ImportStatus;

/** One upload and what became of it: what `importJob(id)` answers, kept as a file beside the upload. */
export interface ImportJob {
  id: string;
  kind: string;
  status: ImportJobStatus;
  mode: ImportMode;
  fileName: string;
  regionCode: string;
  office: string;
  /** Token subject of the user who uploaded; only they and admins read the job. */
  createdBy: string;
  createdAt: string;
  finishedAt?: string;
  progress?: ImportProgress;
  sha256?: string;
  /** The workbook sheet read, for an XLSX. */
  sheet?: string;
  report?: { rows: number; valid: number; invalid: number; summaryLine: string };
  written?: WriteCounts;
  /** The first issues, in file order; the errors file has them all. */
  issues: RowIssue[];
  hasErrorsFile: boolean;
  failure?: string;
}

const JOB_ID = /^([a-z]+)\.([0-9a-f-]{36})$/;

/** The extension an import's files keep: an XLSX stays XLSX, anything else is read as CSV text. */
export const sheetExtension = (fileName: string) => (path.extname(fileName).toLowerCase() === '.xlsx' ? '.xlsx' : '.csv');

/** How long replicas share a job and its errors file through Redis; the local folder keeps them. */
const SHARED_FOR_SECONDS = 30 * 24 * 3600;

/** Larger errors files stay on the replica that ran the job: Redis holds values in memory. */
const MAX_SHARED_ERRORS_FILE_BYTES = 32 * 1024 * 1024;

const sharedKey = (id: string) => `kumkm:import-jobs:${id}`;

/**
 * Import jobs of one subgraph, each in its own directory: the upload, the errors file and
 * `job.json`, replaced atomically (write then rename), so a reader never sees half a job and a
 * restart loses none. Ids name their subgraph ("umkm.…"), which is how `importJob(id)` finds it.
 *
 * With `shared` (Redis), every save and the errors file are also copied there, so any replica of
 * the subgraph answers `importJob(id)` and serves the errors file, whichever one ran the job.
 * While Redis is away the job stays readable on the replica that runs it.
 */
export class ImportJobStore {
  constructor(
    readonly directory: string,
    private readonly subgraph: string,
    private readonly shared?: { link: RedisLink; logger: Logger },
  ) {}

  /** The subgraph a job id names, or undefined for an id no subgraph gave. */
  static subgraphOf(id: string): string | undefined {
    return JOB_ID.exec(id)?.[1];
  }

  async create(fields: Omit<ImportJob, 'id' | 'status' | 'createdAt' | 'issues' | 'hasErrorsFile'>): Promise<ImportJob> {
    const job: ImportJob = { ...fields, id: `${this.subgraph}.${randomUUID()}`, status: 'RECEIVING', createdAt: new Date().toISOString(), issues: [], hasErrorsFile: false };
    await mkdir(this.folderOf(job.id), { recursive: true });
    await this.save(job);
    return job;
  }

  async save(job: ImportJob): Promise<void> {
    const file = path.join(this.folderOf(job.id), 'job.json');
    const text = JSON.stringify(job);
    await writeFile(`${file}.tmp`, text);
    await rename(`${file}.tmp`, file);
    await this.share(job.id, () => this.shared!.link.commands.set(sharedKey(job.id), text, 'EX', SHARED_FOR_SECONDS));
  }

  /** Copies a finished job's errors file to the replicas' shared store. */
  async shareErrorsFile(job: Pick<ImportJob, 'id' | 'fileName'>): Promise<void> {
    if (!this.shared) return;
    const { size } = await stat(this.errorsPathOf(job));
    if (size > MAX_SHARED_ERRORS_FILE_BYTES) {
      this.shared.logger.warn({ jobId: job.id, bytes: size }, 'errors file too large to share: only the replica that ran the import serves it');
      return;
    }
    const content = await readFile(this.errorsPathOf(job));
    await this.share(job.id, () => this.shared!.link.bulk.set(`${sharedKey(job.id)}:errors`, content, 'EX', SHARED_FOR_SECONDS));
  }

  /** A job's errors file: this replica's own copy, or the one the replica that ran it shared. */
  async readErrorsFile(job: Pick<ImportJob, 'id' | 'fileName'>): Promise<Buffer | undefined> {
    try {
      return await readFile(this.errorsPathOf(job));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    return (await this.fromShared(() => this.shared!.link.bulk.getBuffer(`${sharedKey(job.id)}:errors`))) ?? undefined;
  }

  async find(id: string): Promise<ImportJob | undefined> {
    if (ImportJobStore.subgraphOf(id) !== this.subgraph) return undefined;
    const shared = await this.fromShared(() => this.shared!.link.commands.get(sharedKey(id)));
    if (shared) return JSON.parse(shared) as ImportJob;
    try {
      return JSON.parse(await readFile(path.join(this.folderOf(id), 'job.json'), 'utf8')) as ImportJob;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  /** The job, if it exists and the viewer may read it: its uploader and admins; nobody else learns even that it exists. */
  async findReadable(id: string, viewer: Viewer): Promise<ImportJob | undefined> {
    const job = await this.find(id);
    return job && (viewer.role === Role.ADMIN || viewer.subject === job.createdBy) ? job : undefined;
  }

  /** The uploaded file, in the format its name says. */
  uploadPathOf(job: Pick<ImportJob, 'id' | 'fileName'>): string {
    return path.join(this.folderOf(job.id), `upload${sheetExtension(job.fileName)}`);
  }

  /** The invalid rows with their errors, in the upload's own format. */
  errorsPathOf(job: Pick<ImportJob, 'id' | 'fileName'>): string {
    return path.join(this.folderOf(job.id), `errors${sheetExtension(job.fileName)}`);
  }

  private async share(id: string, write: () => Promise<unknown>): Promise<void> {
    if (!this.shared) return;
    try {
      await write();
    } catch (error) {
      this.shared.logger.warn({ jobId: id, reason: (error as Error).message }, 'import job not shared through Redis: other replicas cannot answer for it until the next save');
    }
  }

  private async fromShared<T>(read: () => Promise<T | null>): Promise<T | null> {
    if (!this.shared) return null;
    try {
      return await read();
    } catch {
      // Redis away: the local folder answers for the jobs this replica ran.
      return null;
    }
  }

  /** Where a job keeps its upload and errors file. */
  folderOf(id: string): string {
    if (!JOB_ID.test(id)) throw new Error(`Not an import job id: ${id}`);
    return path.join(this.directory, id);
  }
}
