/** Dates in the user's language: Swedish ISO-like dates first, British English second. */
const locales = { sv: 'sv-SE', en: 'en-GB' } as const;

export function formatDateTime(ms: number, lang: 'sv' | 'en'): string {
  return new Intl.DateTimeFormat(locales[lang], { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}

/** A calendar date `YYYY-MM-DD` shown in the user's language, without shifting it by time zone. */
export function formatIsoDate(date: string, lang: 'sv' | 'en'): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m || !d) return date;
  return new Intl.DateTimeFormat(locales[lang], { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}
