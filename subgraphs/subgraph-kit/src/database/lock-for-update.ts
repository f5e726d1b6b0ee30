import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';

/**
 * Reads a row and, on MySQL/MariaDB, locks it until the transaction ends, so that two writers
 * checking the same limit (a wave's capacity) cannot both pass. SQLite runs one write
 * transaction at a time, which gives the same guarantee without a row lock.
 */
export function findForUpdate<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, where: FindOptionsWhere<T>): Promise<T | null> {
  const isMysql = manager.connection.options.type === 'mysql' || manager.connection.options.type === 'mariadb';
  return manager.findOne(entity, { where, ...(isMysql ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
}
