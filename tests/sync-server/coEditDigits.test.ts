import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import type { TestServer } from '../helpers/appServer';
import { analysisCast, sharedAnalysisCase, startSeededRelay, syncClient, type Device } from '../helpers/relayFixture';
import { roomName } from '../../src/protocol/rooms';
import type { MultiplexClient } from '../../src/sync/multiplexClient';
import { makeHeldText } from '../../src/primitives/heldText';
import { applyTextEdit, releaseHeldEdit } from '../../src/storage/sharedText';

let server: TestServer;
let karin: Device, greta: Device, vera: Device;
const clients: MultiplexClient[] = [];

beforeAll(async () => {
  server = await startSeededRelay();
  ({ karin, greta, vera } = await analysisCast(server));
});
afterEach(() => {
  for (const client of clients.splice(0)) client.stop();
});
afterAll(async () => {
  await server?.close();
});

/**
 * One person in one analysis text field, as the screen wires it (AnalysisText): keystrokes go
 * through the sharing guard to the doc, which syncs through the real relay. The caret moves as
 * the textarea's does when someone else's typing arrives (shifted by what changed before it).
 */
async function person(token: string, room: string) {
  const client = syncClient(server, token);
  clients.push(client);
  const doc = new Y.Doc();
  await client.join(room, doc).whenSynced();
  const text = doc.getText('conclusions');
  const guard = makeHeldText({
    caseId: room,
    fieldId: 'conclusions',
    shared: () => text.toString(),
    share: (next, cursor) => applyTextEdit(doc, text, next, cursor),
    release: (base, held) => releaseHeldEdit(doc, text, base, held),
  });
  let shown = text.toString();
  let caret = 0;
  let holds = 0;
  const redraw = () => {
    const next = guard.held()?.text ?? text.toString();
    let prefix = 0;
    while (prefix < shown.length && prefix < next.length && shown[prefix] === next[prefix]) prefix++;
    if (caret > prefix) caret = Math.max(prefix, caret + next.length - shown.length);
    shown = next;
  };
  text.observe(() => {
    guard.sharedChanged();
    redraw();
  });
  return {
    doc,
    text,
    shown: () => shown,
    holds: () => holds,
    placeCaret(at: number) {
      caret = at;
    },
    type(char: string) {
      shown = shown.slice(0, caret) + char + shown.slice(caret);
      caret++;
      if (guard.edit(shown, caret)) holds++;
      redraw();
    },
    leave() {
      const held = guard.held();
      if (held) guard.edit(held.text, null);
      redraw();
    },
  };
}

type Person = Awaited<ReturnType<typeof person>>;

/** Both type a character each in turn; every few keys the relay gets time to pass them on. */
async function typeAtOnce(a: Person, fromA: string, b: Person, fromB: string) {
  for (let i = 0; i < Math.max(fromA.length, fromB.length); i++) {
    if (i < fromA.length) a.type(fromA[i]!);
    if (i < fromB.length) b.type(fromB[i]!);
    if (i % 3 === 2) await new Promise((r) => setTimeout(r, 3));
  }
  a.leave();
  b.leave();
}

const sorted = (text: string) => [...text].sort().join('');

/** Whether `part` can be read in `whole` in order (other characters in between allowed). */
const readsInOrder = (whole: string, part: string) => {
  let at = 0;
  for (const char of whole) if (char === part[at]) at++;
  return at === part.length;
};

describe('two organisations typing numbers into one analysis text at the same time', () => {
  const fromGreta = 'Kl 14.30 ringde avd 12 om 2 doser à 500 mg; svar 16.05.';
  const fromVera = 'Remiss 3 av 4 saknades, 07.45 och 08.10 (rum 221B).';

  it('keeps every character both typed, in place, when they type on either side of a mark', async () => {
    const room = roomName(await sharedAnalysisCase(server, { karin, greta }), 'analysis');
    const a = await person(greta.token, room);
    const b = await person(vera.token, room);
    a.type('|');
    await vi.waitFor(() => expect(b.shown()).toBe('|'));
    a.placeCaret(0);
    b.placeCaret(1);

    await typeAtOnce(a, fromGreta, b, fromVera);

    const expected = `${fromGreta}|${fromVera}`;
    await vi.waitFor(() => expect([a.text.toString(), b.text.toString()]).toEqual([expected, expected]));
    expect([a.shown(), b.shown()]).toEqual([expected, expected]);
    // The numbers were held while typed: this is the path that used to lose characters.
    expect(a.holds()).toBeGreaterThan(10);
    expect(b.holds()).toBeGreaterThan(10);
  });

  it('keeps every character both typed, nothing added, when both type at the end of the same text', async () => {
    const room = roomName(await sharedAnalysisCase(server, { karin, greta }), 'analysis');
    const a = await person(greta.token, room);
    const b = await person(vera.token, room);
    a.type('S');
    a.type(':');
    await vi.waitFor(() => expect(b.shown()).toBe('S:'));
    a.placeCaret(2);
    b.placeCaret(2);

    await typeAtOnce(a, fromGreta, b, fromVera);

    await vi.waitFor(() => expect(a.text.toString()).toBe(b.text.toString()));
    const final = a.text.toString();
    expect(sorted(final)).toBe(sorted(`S:${fromGreta}${fromVera}`));
    expect(readsInOrder(final, fromGreta)).toBe(true);
    expect(readsInOrder(final, fromVera)).toBe(true);
    expect([a.shown(), b.shown()]).toEqual([final, final]);
    expect(a.holds()).toBeGreaterThan(10);
    expect(b.holds()).toBeGreaterThan(10);
  });
});
