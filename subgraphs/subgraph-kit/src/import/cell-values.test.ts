import { closedListCell, parseCountCell, parseDateCell, parseRupiahCell, parseYesNoCell } from './cell-values';
import { CellError, RowIssueCode } from './row-issue';

const codeOf = (read: () => unknown) => {
  try {
    read();
  } catch (error) {
    return (error as CellError).code;
  }
  return 'no error';
};

describe('reading cells as Indonesian sheets write them', () => {
  it('reads rupiah with thousand dots, a decimal comma, an Rp prefix or plain digits', () => {
    expect(parseRupiahCell('1.250.000.000')).toBe('1250000000');
    expect(parseRupiahCell('Rp 1.250.000,00')).toBe('1250000');
    expect(parseRupiahCell('Rp1.250.000,50')).toBe('1250000.5');
    expect(parseRupiahCell('1250000000')).toBe('1250000000');
    expect(parseRupiahCell('1250000.75')).toBe('1250000.75');
    expect(parseRupiahCell('0')).toBe('0');
  });

  it('refuses negative, unreadable and oversized amounts with their codes', () => {
    expect(codeOf(() => parseRupiahCell('-5.000'))).toBe(RowIssueCode.OUT_OF_RANGE);
    expect(codeOf(() => parseRupiahCell('1.25.000'))).toBe(RowIssueCode.INVALID_VALUE);
    expect(codeOf(() => parseRupiahCell('sepuluh juta'))).toBe(RowIssueCode.INVALID_VALUE);
    expect(codeOf(() => parseRupiahCell('1' + '0'.repeat(18)))).toBe(RowIssueCode.OUT_OF_RANGE);
  });

  it('reads counts with thousand dots and refuses fractions', () => {
    expect(parseCountCell('1.043')).toBe(1043);
    expect(parseCountCell(' 87 ')).toBe(87);
    expect(codeOf(() => parseCountCell('10,5'))).toBe(RowIssueCode.INVALID_VALUE);
    expect(codeOf(() => parseCountCell('-3'))).toBe(RowIssueCode.OUT_OF_RANGE);
  });

  it('reads dd/mm/yyyy and ISO dates, and refuses a day that does not exist', () => {
    expect(parseDateCell('05/03/2019')).toBe('2019-03-05');
    expect(parseDateCell('5-3-2019')).toBe('2019-03-05');
    expect(parseDateCell('2019-03-05')).toBe('2019-03-05');
    expect(codeOf(() => parseDateCell('31/02/2020'))).toBe(RowIssueCode.INVALID_VALUE);
    expect(codeOf(() => parseDateCell('03/05/19'))).toBe(RowIssueCode.INVALID_VALUE);
  });

  it('reads an Excel day number left by a date cell that lost its format', () => {
    expect(parseDateCell('45173')).toBe('2023-09-04');
    expect(parseDateCell('36526')).toBe('2000-01-01');
    expect(codeOf(() => parseDateCell('123'))).toBe(RowIssueCode.INVALID_VALUE);
  });

  it('reads Ya/Tidak', () => {
    expect(parseYesNoCell('Ya')).toBe(true);
    expect(parseYesNoCell('tidak')).toBe(false);
    expect(codeOf(() => parseYesNoCell('mungkin'))).toBe(RowIssueCode.INVALID_VALUE);
  });
});

describe('closedListCell', () => {
  const status = closedListCell({ aktif: 'ACTIVE', tidakaktif: 'INACTIVE' }, 'status', 'Aktif or Tidak Aktif', (letters) => [letters.replace(/^status/, '')]);

  it('reads a word without case, spaces or punctuation, and tries the variants given', () => {
    expect(status(' Tidak-Aktif ')).toBe('INACTIVE');
    expect(status('Status Aktif')).toBe('ACTIVE');
  });

  it('names the words it knows when it knows none', () => {
    expect(() => status('Bubar')).toThrow('"Bubar" is not a status: write Aktif or Tidak Aktif');
  });
});
