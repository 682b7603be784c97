/**
 * CSV that Swedish Excel opens as it is: UTF-8 with a byte-order mark (or å, ä, ö break),
 * semicolon-separated (the comma is the Swedish decimal sign), CRLF line ends, and a field
 * quoted when it holds a separator, a quote or a line break.
 */
export function toSwedishCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  const field = (value: string | number | null) => {
    const text = value === null ? '' : typeof value === 'number' ? String(value).replace('.', ',') : value;
    // A leading =, +, - or @ would run as a formula in Excel: keep it text.
    const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
    return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return `\uFEFF${rows.map((row) => row.map(field).join(';')).join('\r\n')}\r\n`;
}
