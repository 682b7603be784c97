import pino, { type Logger } from 'pino';

/**
 * Structured logs without tokens or case content: handlers log ids, codes and counts only, and
 * these paths are redacted in case an object carrying them slips in.
 */
export function createLogger(level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    level,
    redact: {
      paths: [
        'token',
        '*.token',
        'req.headers.authorization',
        'headers.authorization',
        'url',
        '*.url',
        'content',
        '*.content',
      ],
      censor: '[borttaget]',
    },
  });
}

export type { Logger };
