import { NATIONAL_SCALE, nationalProgramParticipants, nationalVillages, villageIndexOf } from './national-plan';

describe('national plan', () => {
  it('spreads records over every province but the regional areas, whose reported facts must stay true', () => {
    const villages = nationalVillages();
    const provinces = new Set(villages.map((village) => village.code.slice(0, 2)));
    expect(provinces.size).toBeGreaterThanOrEqual(37);
    expect(provinces.has('81')).toBe(false);
    expect(villages.some((village) => village.code.startsWith('31.72.') || village.code.startsWith('36.74.'))).toBe(false);
    expect(villages.some((village) => village.code.startsWith('31.71.'))).toBe(true);
  });

  it('gives programmes exactly the planned number of enrollments, each within the business actors', () => {
    let total = 0;
    for (let sequence = 0; sequence < NATIONAL_SCALE.programs; sequence++) {
      const { first, count } = nationalProgramParticipants(sequence);
      expect(count).toBeGreaterThanOrEqual(5);
      expect(first + count).toBeLessThanOrEqual(NATIONAL_SCALE.umkmActors);
      total += count;
    }
    expect(total).toBe(NATIONAL_SCALE.enrollments);
  });

  it('places neighbouring sequence numbers in the same or the next village', () => {
    const villageCount = nationalVillages().length;
    expect(villageIndexOf(0, NATIONAL_SCALE.umkmActors, villageCount)).toBe(0);
    expect(villageIndexOf(NATIONAL_SCALE.umkmActors - 1, NATIONAL_SCALE.umkmActors, villageCount)).toBe(villageCount - 1);
    const step = villageIndexOf(5001, NATIONAL_SCALE.umkmActors, villageCount) - villageIndexOf(5000, NATIONAL_SCALE.umkmActors, villageCount);
    expect([0, 1]).toContain(step);
  });
});
