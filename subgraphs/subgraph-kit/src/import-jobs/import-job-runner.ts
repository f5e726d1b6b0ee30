import type { Viewer } from '../auth/viewer';
import { MAX_REPORTED_ISSUES } from '../import/import-report';
import { runImport, type ImportMode } from '../import/run-import';
import { invalidateGatewaySummaries } from '../import/summary-invalidation';
import type { ImportJob } from './import-job-store';
import type { ImportUploadOptions } from './import-uploads';

/** Progress is saved at most this often: a million rows make a thousand progress reports. */
const PROGRESS_EVERY_MS = 1000;

/**
 * Runs an uploaded file's import and records it on the job: progress while it runs, then the
 * outcome, the first issues and the errors file. After a write, the gateway's summary cache is
 * emptied on the uploader's behalf, so the Rakor numbers show the import at once.
 */
export async function runImportJob(
  job: ImportJob,
  request: { kind: string; mode: ImportMode; regionCode: string; office: string; sheet?: string },
  viewer: Viewer,
  authorization: string | undefined,
  options: ImportUploadOptions,
): Promise<void> {
  let savedAt = 0;
  let saving = Promise.resolve();
  const finish = (fields: Partial<ImportJob>) => options.store.save({ ...job, ...fields, finishedAt: new Date().toISOString() });
  try {
    const kind = options.kinds[request.kind].open(options.db, options.entityOwners.onBehalfOf(authorization));
    const outcome = await runImport(options.db, kind, {
      path: options.store.uploadPathOf(job),
      fileName: job.fileName,
      table: { ...options.config.table, sheet: request.sheet },
      scope: { office: request.office, regionCode: request.regionCode, viewer },
      mode: request.mode,
      errorsFilePath: options.store.errorsPathOf(job),
      onProgress(progress) {
        if (Date.now() - savedAt < PROGRESS_EVERY_MS) return;
        savedAt = Date.now();
        saving = saving.then(() => options.store.save({ ...job, progress }));
      },
    });
    await saving;
    const wrote = outcome.written.created + outcome.written.updated > 0;
    // Before the job says COMMITTED: the uploader's next query may be read from a replica.
    if (wrote) await options.readReplicas?.catchUp();
    // Before the job says COMMITTED: whoever sees that sees the new numbers in the Rakor query too.
    if (wrote && authorization) {
      const announced = await invalidateGatewaySummaries(options.config.gatewayUrl, authorization);
      if (announced !== 'INVALIDATED') options.logger.warn({ jobId: job.id, announced }, 'the gateway did not empty its summary cache after an import');
    }
    if (outcome.errorsFilePath) await options.store.shareErrorsFile(job);
    const { report } = outcome;
    await finish({
      status: outcome.status,
      sha256: outcome.file.sha256,
      sheet: outcome.file.format.kind === 'xlsx' ? outcome.file.format.sheet : undefined,
      report: { rows: report.rows, valid: report.valid, invalid: report.invalid, summaryLine: report.summaryLine() },
      written: outcome.written,
      issues: report.issues.slice(0, MAX_REPORTED_ISSUES),
      hasErrorsFile: Boolean(outcome.errorsFilePath),
      failure: outcome.failure,
      progress: undefined,
    });
  } catch (error) {
    await saving;
    // A file the reader refuses (not a sheet, a zip bomb, no header) or an owner that does not answer.
    await finish({ status: 'FAILED', failure: error instanceof Error ? error.message : String(error), progress: undefined });
  }
}
