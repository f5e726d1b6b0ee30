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

/** The fields whose values differ from the record's; undefined when none does. */
export function changedFields<Entity extends ObjectLiteral>(current: Entity, fields: Partial<Entity>): Partial<Entity> | undefined {
  const changed = Object.entries(fields).filter(([field, value]) => current[field] !== value);
  return changed.length > 0 ? (Object.fromEntries(changed) as Partial<Entity>) : undefined;
}

/**
 * Writes a batch of imported rows: new keys in multi-row INSERTs, changed records updated with the
 * row's provenance, equal records left alone (so importing a file twice changes nothing).
 */
export async function writeUpserts<Entity extends ObjectLiteral & { id: string }>(
  manager: EntityManager,
  entity: EntityTarget<Entity>,
  upserts: ReadonlyArray<RecordUpsert<Entity>>,
  provenanceOf: (line: number) => Provenance,
): Promise<WriteCounts> {
  const counts: WriteCounts = { created: 0, updated: 0, unchanged: 0 };
  const created: ObjectLiteral[] = [];
  for (const { line, current, fields, defaults } of upserts) {
    if (!current) {
      created.push({ ...defaults, ...fields, id: newId(), provenance: provenanceOf(line) });
      continue;
    }
    const changes = changedFields(current, fields);
    if (!changes) {
      counts.unchanged += 1;
      continue;
    }
    await manager.update(entity, { id: current.id } as never, { ...changes, provenance: provenanceOf(line) } as never);
    counts.updated += 1;
  }
  if (created.length > 0) {
    const insert = new MultiRowInsert(manager.connection, entity, { skipExisting: false });
    await insert.execute(manager, insert.statements(created));
  }
  counts.created = created.length;
  return counts;
}
