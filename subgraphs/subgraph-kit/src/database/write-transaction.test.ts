import type { DataSource, EntityManager } from 'typeorm';
import { retryingTransaction, writeTransaction } from './write-transaction';

const deadlock = () => Object.assign(new Error('Deadlock found when trying to get lock'), { driverError: { code: 'ER_LOCK_DEADLOCK', errno: 1213 } });
const duplicate = () => Object.assign(new Error('Duplicate entry'), { driverError: { code: 'ER_DUP_ENTRY', errno: 1062 } });

/** A database whose transactions fail with the given errors, in turn, and then run the work. */
function databaseFailingWith(...errors: Error[]) {
  const attempts = { count: 0 };
  const db = {
    transaction: async <T>(work: (manager: EntityManager) => Promise<T>) => {
      attempts.count++;
      const error = errors.shift();
      if (error) throw error;
      return work({} as EntityManager);
    },
  } as unknown as DataSource;
  return { db, attempts };
}

describe('retryingTransaction', () => {
  it('runs a transaction again after the database broke a deadlock with it', async () => {
    const { db, attempts } = databaseFailingWith(deadlock(), deadlock());
    await expect(retryingTransaction(db, async () => 'written')).resolves.toBe('written');
    expect(attempts.count).toBe(3);
  });

  it('gives up after four deadlocks in a row, with the database error', async () => {
    const { db, attempts } = databaseFailingWith(deadlock(), deadlock(), deadlock(), deadlock(), deadlock());
    await expect(retryingTransaction(db, async () => 'written')).rejects.toThrow('Deadlock found');
    expect(attempts.count).toBe(4);
  });

  it('does not run again after any other failure', async () => {
    const { db, attempts } = databaseFailingWith(new Error('Data too long'));
    await expect(retryingTransaction(db, async () => 'written')).rejects.toThrow('Data too long');
    expect(attempts.count).toBe(1);
  });
});

describe('writeTransaction', () => {
  it('turns a duplicate key into CONFLICT, once', async () => {
    const { db, attempts } = databaseFailingWith(duplicate());
    await expect(writeTransaction(db, 'That NIB is already registered', async () => 'written')).rejects.toMatchObject({
      message: 'That NIB is already registered',
      extensions: { code: 'CONFLICT' },
    });
    expect(attempts.count).toBe(1);
  });
});
