// CSV text for spreadsheets. Cells a spreadsheet would read as a formula are defused, so
// an exported metadata value such as `=HYPERLINK(...)` stays inert text when opened.

export type CsvCell = string | number | null | undefined;

/** First characters that make Excel, LibreOffice or Sheets evaluate a cell. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Quoting is needed for separators, quotes, line breaks and edge spaces. */
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/**
 * One cell as CSV text. Numbers are written as numbers; text that starts like a formula
 * gets a leading single quote, and text with separators is quoted with `"` doubled.
 */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';

  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A whole file: header line, then one line per row, lines ending in CRLF as RFC 4180 has. */
export function toCsv(
  header: readonly string[],
  rows: Iterable<readonly CsvCell[]>,
): string {
  const lines = [header.map(csvCell).join(',')];
  for (const row of rows) lines.push(row.map(csvCell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** Offers `text` to the user as a file download. */
export function downloadCsv(fileName: string, text: string): void {
  const blob = new Blob([text], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();

  // The browser has started the download once click() returns; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
