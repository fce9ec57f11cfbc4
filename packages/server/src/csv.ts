/**
 * CSV for staff exports, as Excel and WPS open it: UTF-8 with a BOM, CRLF, every field quoted
 * when needed, and cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab,
 * carriage return) prefixed with `'` (OWASP's advice against CSV injection).
 */
export function csvRow(values: readonly (string | number | boolean | undefined | null)[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

export const CSV_BOM = '\uFEFF';

function csvField(value: string | number | boolean | undefined | null): string {
  if (value === undefined || value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
