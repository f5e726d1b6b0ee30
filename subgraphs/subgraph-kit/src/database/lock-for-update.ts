import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { driverOf } from './open-database';

/**
 * Reads a row and, on MySQL/MariaDB, locks it until the transaction ends, so that two writers
 * checking the same limit (a wave's capacity) cannot both pass. SQLite runs one write
 * transaction at a time, which gives the same guarantee without a row lock.
 */
export function findForUpdate<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, where: FindOptionsWhere<T>): Promise<T | null> {
  return manager.findOne(entity, { where, ...(driverOf(manager.connection) === 'mysql' ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
}
