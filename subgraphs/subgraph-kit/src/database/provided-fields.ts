/** The fields an update input actually sets: fields left out (undefined or null) keep their value. */
export function providedFields<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined && value !== null)) as Partial<T>;
}
