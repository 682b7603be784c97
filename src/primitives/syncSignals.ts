import { createSignal } from 'solid-js';
import type { TokenResponse } from '../protocol/api';
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
