import { FileKeys } from './file-keys';

describe('FileKeys', () => {
  it('gives the first line of a key seen again, and keeps it', () => {
    const keys = new FileKeys();
    expect(keys.firstLine('8171000000101', 5)).toBeUndefined();
    expect(keys.firstLine('8171000000102', 6)).toBeUndefined();
    expect(keys.firstLine('8171000000101', 10)).toBe(5);
    expect(keys.firstLine('8171000000101', 12)).toBe(5);
    expect(keys.count).toBe(2);
  });

  it('tells keys apart that differ only in leading zeros, length or kind', () => {
    const keys = new FileKeys();
    const distinct = ['7', '07', '007', '8171199800000001', '817119980000000', '1/BH/8171/1998', '1/BH/8171/1999', 'AHU-0001234.AH.01.26.TAHUN 2020', '99999999999999999'];
    distinct.forEach((key, index) => expect(keys.firstLine(key, index + 1)).toBeUndefined());
    distinct.forEach((key, index) => expect(keys.firstLine(key, 100)).toBe(index + 1));
  });

  it('holds a million NIBs as it grows, each with its own line', () => {
    const keys = new FileKeys();
    const count = 1_000_000;
    let seenBefore = 0;
    for (let index = 0; index < count; index += 1) if (keys.firstLine(String(9_100_000_000_000 + index), index + 1) !== undefined) seenBefore += 1;
    expect(seenBefore).toBe(0);
    expect(keys.count).toBe(count);
    for (const index of [0, 1, 499_999, 999_999]) expect(keys.firstLine(String(9_100_000_000_000 + index), 0)).toBe(index + 1);
  });
});
