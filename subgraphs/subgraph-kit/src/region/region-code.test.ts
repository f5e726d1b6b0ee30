import { assertRegionCode, isRegionCode, parentRegionCode, regionWithinCondition } from './region-code';

describe('region codes', () => {
  it.each(['36', '36.74', '36.74.03', '36.74.03.1002'])('accepts %s', (code) => {
    expect(isRegionCode(code)).toBe(true);
  });

  it.each(['', '3', '36.7', '36.74.3', '36.74.03.100', "36.74'; DROP TABLE x", '36.%', '36_74'])('rejects %p with BAD_USER_INPUT', (code) => {
    expect(() => assertRegionCode(code)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
  });

  it('walks up the hierarchy', () => {
    expect(parentRegionCode('31.72.02.1006')).toBe('31.72.02');
    expect(parentRegionCode('31.72')).toBe('31');
    expect(parentRegionCode('31')).toBeUndefined();
  });

  it('matches a region and its descendants, not its siblings with a longer number', () => {
    const condition = regionWithinCondition('c.regionCode', '36.74');
    expect(condition.parameters).toEqual({ regionCode: '36.74', regionCodePrefix: '36.74.%' });
    expect(condition.sql).toBe('(c.regionCode = :regionCode OR c.regionCode LIKE :regionCodePrefix)');
  });
});
