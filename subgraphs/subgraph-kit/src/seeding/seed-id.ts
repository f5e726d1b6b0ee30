import { createHash } from 'node:crypto';
import { parse as parseUuid, v7 as uuidv7, validate as isUuid } from 'uuid';
import { badUserInput } from '../errors/graphql-errors';

/** Namespace of the ids of seeded records (UUIDv5), fixed so that every subgraph derives the same ids. */
const SEED_NAMESPACE = '8f5d1c3e-2b8a-4f6e-9c0d-6a1b2c3d4e5f';

/**
 * The id of a seeded record from a stable key, e.g. `seedId('cooperative', '36.74#0001')`.
 * Another subgraph can name the same record (a member's cooperative) without asking for it.
 */
export function seedId(entity: string, key: string): string {
  return uuidV5(`${entity}:${key}`);
}

const NAMESPACE_BYTES = Buffer.from(parseUuid(SEED_NAMESPACE));

/**
 * RFC 9562 UUIDv5, as `uuid`'s v5 computes it, without re-parsing the namespace on every call:
 * the national seed derives millions of ids, and uuid's v5 spent most of the generator's time there.
 */
function uuidV5(name: string): string {
  const bytes = createHash('sha1').update(NAMESPACE_BYTES).update(name, 'utf8').digest();
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex', 0, 16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
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
