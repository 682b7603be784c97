import { createSignal } from 'solid-js';
import * as v from 'valibot';
import type { TokenResponse } from '../protocol/api';
import { IdentitySchema } from '../protocol/identity';
import type { ConnectionState } from '../sync/multiplexClient';

/**
 * This device's enrollment (null: not connected to a relay) and the live connection. Only
 * signals: screens read them without loading the sync engine, which fills them in at idle.
 */
export const [enrollment, setEnrollment] = createSignal<TokenResponse | null>(null);
export const [connection, setConnection] = createSignal<{ state: ConnectionState; code: number | null }>({
  state: 'offline',
  code: null,
});

const IDENTITY_KEY = 'samverka.identity';

/** Who this device acts for, read synchronously at start (the token stays in IndexedDB only). */
export function cachedIdentity(): TokenResponse['identity'] | null {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(IDENTITY_KEY) ?? 'null');
    const parsed = v.safeParse(IdentitySchema, value);
    return parsed.success ? parsed.output : null;
  } catch {
    return null;
  }
}

export function cacheIdentity(identity: TokenResponse['identity'] | null): void {
  try {
    if (identity) localStorage.setItem(IDENTITY_KEY, JSON.stringify(identity));
    else localStorage.removeItem(IDENTITY_KEY);
  } catch {
    // Private mode: screens wait for the database instead.
  }
}
