/** Why a whole file is refused before any row is read. */
export type ImportFileErrorCode = 'NOT_A_TABLE' | 'NO_HEADER' | 'TOO_LARGE' | 'UNSAFE_ARCHIVE' | 'NO_SUCH_SHEET';

/** A file refused as a whole: nothing is read from it and nothing written. */
export class ImportFileError extends Error {
  constructor(
    readonly code: ImportFileErrorCode,
    message: string,
  ) {
    super(message);
  }
}
