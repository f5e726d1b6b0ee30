interface DriverError {
  code?: string;
  errno?: number;
}

/** The driver's own error, whether TypeORM wrapped it (QueryFailedError.driverError) or not. */
function driverErrorOf(error: unknown): DriverError | undefined {
  return (error as { driverError?: DriverError })?.driverError ?? (error as DriverError);
}

/** True for a duplicate-key error from MySQL/MariaDB or SQLite: the race a pre-check cannot close. */
export function isUniqueViolation(error: unknown): boolean {
  const driverError = driverErrorOf(error);
  return (
    driverError?.code === 'ER_DUP_ENTRY' ||
    driverError?.errno === 1062 ||
    driverError?.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    driverError?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}

/** True when MySQL/MariaDB rolled a transaction back to break a deadlock: it may simply run again. */
export function isDeadlock(error: unknown): boolean {
  const driverError = driverErrorOf(error);
  return driverError?.code === 'ER_LOCK_DEADLOCK' || driverError?.errno === 1213;
}
