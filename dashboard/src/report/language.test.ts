import { formatCount, formatDateRange, formatRupiah } from './language';

describe('numbers and dates as the page writes them', () => {
  it('writes counts with Indonesian thousand dots, English commas', () => {
    expect(formatCount('id', 1250000)).toBe('1.250.000');
    expect(formatCount('en', 1250000)).toBe('1,250,000');
    expect(formatCount('id', 462)).toBe('462');
  });

  it('shortens Rupiah to miliar and juta', () => {
    expect(formatRupiah('id', '1250000000')).toBe('Rp 1,25 M');
    expect(formatRupiah('id', 350_000_000)).toBe('Rp 350 jt');
    expect(formatRupiah('id', '534000000000')).toBe('Rp 534 M');
    expect(formatRupiah('en', '1250000000')).toBe('Rp 1.25 bn');
    expect(formatRupiah('id', 950_000)).toBe('Rp 950.000');
  });

  it('writes date ranges as meeting papers do', () => {
    expect(formatDateRange('id', '2023-03-08', '2023-03-09')).toBe('8–9 Maret 2023');
    expect(formatDateRange('id', '2024-01-15')).toBe('15 Januari 2024');
    expect(formatDateRange('id', '2024-01-30', '2024-02-02')).toBe('30 Januari–2 Februari 2024');
    expect(formatDateRange('en', '2022-12-30', '2023-01-02')).toBe('30 December 2022–2 January 2023');
  });
});
