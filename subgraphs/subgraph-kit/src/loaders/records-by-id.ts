import type DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { isUuid } from '../seeding/seed-id';
import { alignToKeys, type RequestLoaders } from './request-loaders';

interface LoaderContext {
  db: DataSource;
  loaders: RequestLoaders;
}

/** Records of an entity by id: one statement per request for every id asked for, null for an unknown one. */
export function recordsById<T extends { id: string }>(context: LoaderContext, entity: new () => T): DataLoader<string, T | null> {
  return context.loaders.get<string, T | null>(`${entity.name}ById`, async (ids) => {
    const rows = await context.db.getRepository(entity).findBy({ id: In([...ids]) } as never);
    return alignToKeys(ids, rows, (row) => row.id);
  });
}

/**
 * Federation: `__resolveReference` for an entity keyed by its id, batched per request. An id that
 * is not a UUID cannot be ours and is answered null without a statement.
 */
export function referenceResolverById<T extends { id: string }>(typename: string, entity: new () => T) {
  return {
    [typename]: {
      __resolveReference(reference: { id: string }, context: LoaderContext) {
        return isUuid(reference.id) ? recordsById(context, entity).load(reference.id) : null;
      },
    },
  };
}
