import { containsPattern } from './text-search';

describe('containsPattern', () => {
  it('takes LIKE wildcards and the escape character literally', () => {
    expect(containsPattern('Maju')).toBe('%Maju%');
    expect(containsPattern('100%_!')).toBe('%100!%!_!!%');
    expect(containsPattern('a\\b')).toBe('%a\\b%');
  });
});
