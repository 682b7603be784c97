import type { IncomingMessage, ServerResponse } from 'node:http';
import * as v from 'valibot';

const MAX_BODY_BYTES = 16 * 1024;

/** One API route: the request, its URL and the path's captures → status and JSON body. */
export type Route = (req: IncomingMessage, url: URL, match: RegExpMatchArray) => Promise<[number, unknown]>;

export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Reads a small JSON body; a large or malformed one is a 4xx with a Swedish message. */
export async function readJson(req: IncomingMessage, maxBytes = MAX_BODY_BYTES): Promise<unknown> {
  // Only JSON: a form post from another site (text/plain, no preflight) is refused before it is read.
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json')
    throw new HttpError(415, 'unsupported_type', 'Förfrågan ska skickas som application/json.');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new HttpError(413, 'too_large', 'Förfrågan är för stor.');
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null');
  } catch {
    throw new HttpError(400, 'bad_json', 'Förfrågan är inte giltig JSON.');
  }
}

/** Validates a body against a wire schema; a mismatch is a 400 naming what was wrong. */
export function parseBody<T extends v.GenericSchema>(schema: T, body: unknown): v.InferOutput<T> {
  const result = v.safeParse(schema, body);
  if (!result.success) throw new HttpError(400, 'invalid', `Ogiltig förfrågan: ${v.summarize(result.issues)}`);
  return result.output;
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

export function bearerToken(req: IncomingMessage): string | null {
  const header = req.headers.authorization ?? '';
  return header.startsWith('Bearer ') ? header.slice(7).trim() : null;
}
