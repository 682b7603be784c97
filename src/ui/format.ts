/** Dates in the user's language: Swedish ISO-like dates first, British English second. */
const locales = { sv: 'sv-SE', en: 'en-GB' } as const;

// Building an Intl formatter costs far more than using one; a list of hundreds of rows reuses these.
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function cached(map: Map<string, Intl.DateTimeFormat>, lang: 'sv' | 'en', options: Intl.DateTimeFormatOptions) {
  let format = map.get(lang);
  if (!format) map.set(lang, (format = new Intl.DateTimeFormat(locales[lang], options)));
  return format;
}

export function formatDateTime(ms: number, lang: 'sv' | 'en'): string {
  return cached(dateTimeFormats, lang, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}

/** A calendar date `YYYY-MM-DD` shown in the user's language, without shifting it by time zone. */
export function formatIsoDate(date: string, lang: 'sv' | 'en'): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m || !d) return date;
  return cached(dateFormats, lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}
