import { RegionDirectory } from '../region/region-directory';
import { CellError, RowIssueCode } from './row-issue';
import { VillageNames } from './village-names';

const directory = RegionDirectory.load();

function refusal(read: () => string): { code: string; message: string } {
  try {
    return { code: 'resolved', message: read() };
  } catch (error) {
    return { code: (error as CellError).code, message: (error as CellError).message };
  }
}

describe('villages by name inside an office\'s region', () => {
  const ambon = new VillageNames(directory, '81.71');
  const tangsel = new VillageNames(directory, '36.74');

  it('finds a village by its name however the sheet writes it', () => {
    expect(ambon.resolve('Batu Merah')).toBe('81.71.02.2003');
    expect(ambon.resolve('BATU MERAH', 'Sirimau')).toBe('81.71.02.2003');
    expect(tangsel.resolve('Kel. Pondok Aren')).toBe('36.74.03.1005');
  });

  it('refuses an unknown name, and a name in the wrong kecamatan with the candidates', () => {
    expect(refusal(() => ambon.resolve('Pondok Aren')).code).toBe(RowIssueCode.UNKNOWN_REGION);
    const wrongDistrict = refusal(() => ambon.resolve('Batu Merah', 'Baguala'));
    expect(wrongDistrict.code).toBe(RowIssueCode.UNKNOWN_REGION);
    expect(wrongDistrict.message).toContain('Batu Merah, Kec. Sirimau (81.71.02.2003)');
  });

  it('refuses a name two kecamatan share unless the kecamatan is given, listing both', () => {
    const malukuTengah = new VillageNames(directory, '81.01');
    const ambiguous = refusal(() => malukuTengah.resolve('Ameth'));
    expect(ambiguous.code).toBe(RowIssueCode.AMBIGUOUS_REGION);
    expect(ambiguous.message).toContain('(81.01.02.2005)');
    expect(ambiguous.message).toContain('(81.01.16.2001)');
    const districtOf1602 = directory.find('81.01.16')!.name;
    expect(malukuTengah.resolve('Ameth', districtOf1602)).toBe('81.01.16.2001');
  });

  it('refuses a name a kelurahan and a desa of the same kecamatan share (Nusaniwe, Ambon): only the code tells them apart', () => {
    const both = refusal(() => ambon.resolve('Nusaniwe', 'Nusaniwe'));
    expect(both.code).toBe(RowIssueCode.AMBIGUOUS_REGION);
    expect(both.message).toContain('(81.71.01.1006)');
    expect(both.message).toContain('(81.71.01.2003)');
  });

  it('accepts a code inside the region and refuses one outside it or one that does not exist', () => {
    expect(ambon.assertInside('81.71.02.2003')).toBe('81.71.02.2003');
    expect(refusal(() => ambon.assertInside('36.74.03.1005')).code).toBe(RowIssueCode.FORBIDDEN_REGION);
    expect(refusal(() => ambon.assertInside('81.71.99.9999')).code).toBe(RowIssueCode.UNKNOWN_REGION);
  });
});
