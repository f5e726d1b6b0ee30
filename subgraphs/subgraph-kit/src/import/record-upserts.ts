import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { MultiRowInsert } from '../database/multi-row-insert';
import { newId } from '../seeding/seed-id';
import type { Provenance } from '../provenance/provenance';
import type { WriteCounts } from './import-kind';

/** One imported row against the record its natural key found, if any. */
export interface RecordUpsert<Entity> {
  line: number;
  current: Entity | undefined;
  /** What the row sets; fields a row leaves out keep their value on update. */
  fields: Partial<Entity>;
  /** Defaults of a new record for what the row leaves out (the registration mutation's defaults). */
  defaults: Partial<Entity>;
}

/** Equal values; a list or object (a simple-json column such as topics) equals one with the same content. */
function sameValue(current: unknown, value: unknown): boolean {
  if (current === value) return true;
  return typeof current === 'object' && current !== null && typeof value === 'object' && value !== null && JSON.stringify(current) === JSON.stringify(value);
}

function changedFields<Entity extends ObjectLiteral>(current: Entity, fields: Partial<Entity>): Partial<Entity> | undefined {
  const changed = Object.entries(fields).filter(([field, value]) => !sameValue(current[field], value));
  return changed.length > 0 ? (Object.fromEntries(changed) as Partial<Entity>) : undefined;
}

/** What became of each row: the id of its record, and whether it was created, updated or left alone. */
export type WrittenRecords = Map<number, { id: string; change: keyof WriteCounts }>;

/**
 * Writes a batch of imported rows: new keys in multi-row INSERTs, changed records updated with the
 * row's provenance, equal records left alone (so importing a file twice changes nothing).
 */
export async function writeUpserts<Entity extends ObjectLiteral & { id: string }>(
  manager: EntityManager,
  entity: EntityTarget<Entity>,
  upserts: ReadonlyArray<RecordUpsert<Entity>>,
  provenanceOf: (line: number) => Provenance,
): Promise<WriteCounts & { records: WrittenRecords }> {
  const records: WrittenRecords = new Map();
  const created: ObjectLiteral[] = [];
  for (const { line, current, fields, defaults } of upserts) {
    if (!current) {
      const id = newId();
      created.push({ ...defaults, ...fields, id, provenance: provenanceOf(line) });
      records.set(line, { id, change: 'created' });
      continue;
    }
    const changes = changedFields(current, fields);
    if (changes) await manager.update(entity, { id: current.id } as never, { ...changes, provenance: provenanceOf(line) } as never);
    records.set(line, { id: current.id, change: changes ? 'updated' : 'unchanged' });
  }
  if (created.length > 0) {
    const insert = new MultiRowInsert(manager.connection, entity, { skipExisting: false });
    await insert.execute(manager, insert.statements(created));
  }
  return { ...countChanges(records), records };
}

/** How many rows were created, updated and left alone. */
export function countChanges(records: WrittenRecords): WriteCounts {
  const counts: WriteCounts = { created: 0, updated: 0, unchanged: 0 };
  for (const { change } of records.values()) counts[change] += 1;
  return counts;
}
