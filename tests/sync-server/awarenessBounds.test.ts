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

describe('presence as the token names the person', () => {
  const decode = (update: Uint8Array | null) => {
    return update ? JSON.parse(new TextDecoder().decode(update).replace(/^[^{]*/, '')) : null;
  };

  it("replaces the name and organisation a device announces with its token's, keeping the rest", () => {
    const states = new AwarenessStates();
    const connection = {};
    const { relay } = states.apply(
      awarenessUpdate([[5, 1, '{"user":{"name":"Chefen själv","orgName":"Fel"},"field":"cause"}']]),
      connection,
      { name: 'Anna Berg', orgName: 'Västra Götalandsregionen' },
    );
    expect(decode(relay)).toEqual({ user: { name: 'Anna Berg', orgName: 'Västra Götalandsregionen' }, field: 'cause' });
  });

  it('drops an entry for a client id that another connection announced', () => {
    const states = new AwarenessStates();
    const first = {};
    const second = {};
    states.apply(awarenessUpdate([[9, 1, '{"field":"cause"}']]), first, { name: 'Anna', orgName: 'VGR' });
    const hijack = states.apply(awarenessUpdate([[9, 2, 'null']]), second, { name: 'Olle', orgName: 'X' });
    expect(hijack).toEqual({ ids: [], relay: null });
    expect(states.encodeAll()).not.toBeNull();
  });
});
