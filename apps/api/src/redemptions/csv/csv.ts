/**
 * CSV for spreadsheets, after RFC 4180: CRLF line ends, a field quoted when it holds a comma, a quote
 * or a line break, quotes doubled inside. A UTF-8 byte order mark goes first, or Excel reads Chinese as
 * mojibake. A text cell that starts with = + - @ (or a tab or carriage return) would run as a formula
 * in a spreadsheet (CSV injection, OWASP): it gets a leading single quote, so it shows as text.
 */
export type CsvCell = string | number | null | undefined;

const UTF8_BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell: numbers as they are (a negative number is a number, not a formula), text guarded and quoted. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** The whole file: the BOM, the header row, then one row per record; every row ends with CRLF. */
export function csvDocument(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return UTF8_BOM + [header, ...rows].map((row) => row.map(csvCell).join(',') + '\r\n').join('');
}
