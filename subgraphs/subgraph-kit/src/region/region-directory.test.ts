import { levelOfCode, RegionDirectory, RegionLevel } from './region-directory';

describe('RegionDirectory (idn-area-data)', () => {
  const directory = RegionDirectory.load();

  it('names the regions in scope from the Kemendagri data', () => {
    expect(directory.find('81')?.name).toBe('Maluku');
    expect(directory.find('81.71')?.name).toBe('Kota Ambon');
    expect(directory.find('31.72')?.name).toBe('Kota Administrasi Jakarta Utara');
    expect(directory.find('36.74')?.name).toBe('Kota Tangerang Selatan');
    expect(directory.find('31.72.02.1006')?.name).toBe('Sunter Agung');
  });

  it('knows the districts and villages of each city', () => {
    expect(directory.children('81.71')).toHaveLength(5);
    expect(directory.villagesWithin('81.71')).toHaveLength(50);
    expect(directory.children('31.72')).toHaveLength(6);
    expect(directory.villagesWithin('31.72')).toHaveLength(31);
    expect(directory.children('36.74')).toHaveLength(7);
    expect(directory.villagesWithin('36.74')).toHaveLength(54);
  });

  it('derives the level from the code', () => {
    expect(levelOfCode('36')).toBe(RegionLevel.PROVINCE);
    expect(levelOfCode('36.03')).toBe(RegionLevel.REGENCY);
    expect(levelOfCode('36.74')).toBe(RegionLevel.CITY);
    expect(levelOfCode('36.74.03')).toBe(RegionLevel.DISTRICT);
    expect(levelOfCode('36.74.03.1002')).toBe(RegionLevel.KELURAHAN);
    expect(levelOfCode('81.01.01.2001')).toBe(RegionLevel.DESA);
  });

  it('links children to their parent', () => {
    for (const child of directory.children('31.72')) expect(child.parentCode).toBe('31.72');
  });
});
