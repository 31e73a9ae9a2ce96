import { csvCell, csvDocument } from './csv';

describe('CSV for spreadsheets', () => {
  it('quotes a field with a comma, a quote or a line break, doubling quotes (RFC 4180)', () => {
    expect(csvCell('科技馆门票')).toBe('科技馆门票');
    expect(csvCell('门票, 成人')).toBe('"门票, 成人"');
    expect(csvCell('“特展” "VIP"')).toBe('"“特展” ""VIP"""');
    expect(csvCell('第一行\n第二行')).toBe('"第一行\n第二行"');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
  });

  it('prefixes a text cell that a spreadsheet would run as a formula with a single quote', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('writes numbers as numbers and leaves empty cells empty', () => {
    expect(csvCell(150)).toBe('150');
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('starts with the UTF-8 byte order mark and ends every row with CRLF', () => {
    const text = csvDocument(
      ['id', 'title'],
      [
        ['r1', '门票'],
        ['r2', null],
      ],
    );
    expect(text).toBe('\uFEFFid,title\r\nr1,门票\r\nr2,\r\n');
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});
