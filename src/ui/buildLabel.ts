/**
 * The build a person can read and quote to support. A build id is the build's ISO time (see
 * vite.config.ts) or a name a test chose ("e2e-a"); only the first is shown as a date.
 */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

const locales = { sv: 'sv-SE', en: 'en-GB' } as const;

export interface BuildLabel {
  /** The app version from package.json, e.g. "0.1.0". */
  version: string;
  /** When the build was made, in Swedish time, or null when the id is not a time. */
  builtAt: string | null;
  /** The id itself, for support to match a build exactly. */
  raw: string;
}

/** Reads a build id: its time in the user's language when it is one, otherwise the id as it is. */
export function buildLabel(version: string, buildId: string, lang: 'sv' | 'en'): BuildLabel {
  const time = ISO_TIME.test(buildId) ? Date.parse(buildId) : NaN;
  const builtAt = Number.isNaN(time)
    ? null
    : new Intl.DateTimeFormat(locales[lang], {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        // The service runs in Sweden; support reads the same time whatever the device's zone.
        timeZone: 'Europe/Stockholm',
      }).format(time);
  return { version, builtAt, raw: buildId };
}
