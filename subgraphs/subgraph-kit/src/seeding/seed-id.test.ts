import { v5 as uuidv5 } from 'uuid';
import { seedId } from './seed-id';

describe('seedId', () => {
  it('derives the same RFC UUIDv5 as the uuid package, so ids seeded before stay the same', () => {
    for (const [entity, key] of [['cooperative', '36.74#0001'], ['umkm-actor', 'N#U999999'], ['product', 'Kelurahan Sunter Agung — ü#1']]) {
      expect(seedId(entity, key)).toBe(uuidv5(`${entity}:${key}`, '8f5d1c3e-2b8a-4f6e-9c0d-6a1b2c3d4e5f'));
    }
  });
});
