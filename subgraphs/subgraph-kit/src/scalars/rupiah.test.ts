import { Kind } from 'graphql';
import { normalizeRupiah, rupiahColumn, RupiahScalar } from './rupiah';

describe('Rupiah scalar', () => {
  it('keeps amounts beyond 32 bits exact', () => {
    expect(RupiahScalar.parseValue('534000000000')).toBe('534000000000');
    expect(RupiahScalar.serialize('534000000000.00')).toBe('534000000000');
    expect(RupiahScalar.parseValue('999999999999999999.99')).toBe('999999999999999999.99');
  });

  it('normalizes what each driver returns', () => {
    expect(rupiahColumn.from('1250000.50')).toBe('1250000.5');
    expect(rupiahColumn.from(1250000.5)).toBe('1250000.5');
    expect(rupiahColumn.from('000150.00')).toBe('150');
    expect(normalizeRupiah('0.00')).toBe('0');
  });

  it.each(['-5', 'abc', '1.234', '1e9', '', '1234567890123456789', 12.5])('rejects %p with BAD_USER_INPUT', (value) => {
    expect(() => RupiahScalar.parseValue(value)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
  });

  it('rejects a literal that is not a string or integer', () => {
    expect(() => RupiahScalar.parseLiteral({ kind: Kind.FLOAT, value: '1.5' })).toThrow(/rupiah/);
  });
});
