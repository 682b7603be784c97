import { describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import {
  AwarenessStates,
  MAX_AWARENESS_CLIENTS_PER_ROOM,
  MAX_AWARENESS_STATE_BYTES,
} from '../../sync-server/src/rooms/awarenessStates';

function awarenessUpdate(entries: [number, number, string][]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const [id, clock, state] of entries) {
    encoding.writeVarUint(encoder, id);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, state);
  }
  return encoding.toUint8Array(encoder);
}

describe('presence kept by the relay is bounded', () => {
  it('keeps at most a fixed number of clients per room', () => {
    const states = new AwarenessStates();
    for (let id = 1; id <= MAX_AWARENESS_CLIENTS_PER_ROOM + 100; id++)
      states.apply(awarenessUpdate([[id, 1, '{"user":"x"}']]));
    const all = states.encodeAll()!;
    expect(all.length).toBeLessThan(MAX_AWARENESS_CLIENTS_PER_ROOM * 40);
  });

  it('refuses a state larger than the limit', () => {
    const states = new AwarenessStates();
    expect(() => states.apply(awarenessUpdate([[1, 1, 'x'.repeat(MAX_AWARENESS_STATE_BYTES + 1)]]))).toThrow(
      /malformed/,
    );
  });

  it('removes a leaving client and tells the others', () => {
    const states = new AwarenessStates();
    states.apply(awarenessUpdate([[7, 3, '{"field":"cause"}']]));
    expect(states.remove([7])).not.toBeNull();
    expect(states.encodeAll()).toBeNull();
  });
});
