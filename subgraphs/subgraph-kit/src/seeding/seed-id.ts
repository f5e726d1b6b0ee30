import { v5 as uuidv5, v7 as uuidv7, validate as isUuid } from 'uuid';
import { badUserInput } from '../errors/graphql-errors';

/** Namespace of the ids of seeded records (UUIDv5), fixed so that every subgraph derives the same ids. */
const SEED_NAMESPACE = '8f5d1c3e-2b8a-4f6e-9c0d-6a1b2c3d4e5f';

/**
 * The id of a seeded record from a stable key, e.g. `seedId('cooperative', '36.74#0001')`.
 * Another subgraph can name the same record (a member's cooperative) without asking for it.
 */
export function seedId(entity: string, key: string): string {
  return uuidv5(`${entity}:${key}`, SEED_NAMESPACE);
}

/** A new record's id: UUIDv7 is time-ordered, so inserts append to the primary-key index. */
export function newId(): string {
  return uuidv7();
}

export function assertId(id: string, what: string, argument = 'id'): string {
  if (isUuid(id)) return id;
  throw badUserInput(`"${id}" is not a ${what} id: ids are UUIDs such as "0190f6a2-7c3e-7d4b-9a1f-2b3c4d5e6f70"`, { argument });
}

export { isUuid };
