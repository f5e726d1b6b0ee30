import { HealthCategory, healthCategoryOf } from './health-rating.entity';

describe('health category bands', () => {
  it.each([
    [100, HealthCategory.SEHAT],
    [80, HealthCategory.SEHAT],
    [79.99, HealthCategory.CUKUP_SEHAT],
    [66, HealthCategory.CUKUP_SEHAT],
    [65.99, HealthCategory.DALAM_PENGAWASAN],
    [51, HealthCategory.DALAM_PENGAWASAN],
    [50.99, HealthCategory.DALAM_PENGAWASAN_KHUSUS],
    [0, HealthCategory.DALAM_PENGAWASAN_KHUSUS],
  ])('score %d is %s', (score, category) => {
    expect(healthCategoryOf(score)).toBe(category);
  });
});
