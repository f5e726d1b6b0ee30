import { assertDeclaredScale, BusinessScale, scaleOfAnnualSales } from './business-scale';

describe('business scale from annual sales (PP 7/2021)', () => {
  it.each([
    ['0', BusinessScale.MIKRO],
    ['2000000000', BusinessScale.MIKRO],
    ['2000000000.01', BusinessScale.KECIL],
    ['15000000000', BusinessScale.KECIL],
    ['15000000001', BusinessScale.MENENGAH],
    ['50000000000', BusinessScale.MENENGAH],
  ])('Rp%s is %s', (sales, scale) => {
    expect(scaleOfAnnualSales(sales)).toBe(scale);
  });

  it('refuses a large business', () => {
    expect(() => scaleOfAnnualSales('50000000000.01')).toThrow(/large business/);
    expect(() => scaleOfAnnualSales('534000000000')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
  });

  it('refuses a declared scale that contradicts the figures, and accepts one that agrees', () => {
    expect(() => assertDeclaredScale(BusinessScale.MIKRO, '3000000000')).toThrow(/KECIL, not MIKRO/);
    expect(assertDeclaredScale(BusinessScale.KECIL, '3000000000')).toBe(BusinessScale.KECIL);
    expect(assertDeclaredScale(undefined, '3000000000')).toBe(BusinessScale.KECIL);
  });
});
