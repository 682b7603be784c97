import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { makeHeldField, type HeldFieldPorts } from '../../src/primitives/heldText';
import { applyTextEdit, releaseHeldEdit } from '../../src/storage/sharedText';

/** localStorage as a browser has it, for the held edits kept on the device. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}

beforeEach(() => {
  vi.stubGlobal('localStorage', memoryStorage());
});
afterEach(() => {
  vi.unstubAllGlobals();
});

/**
 * A text field of a Y.Doc wired as the screens wire it, and every string the doc ever shared
 * (each update's inserted content, decoded), so a test can say what left the device.
 */
function sharedField(overrides: Partial<HeldFieldPorts> = {}, doc = new Y.Doc()) {
  const text = doc.getText('cause');
  const sent: string[] = [];
  doc.on('update', (update: Uint8Array) => {
    for (const struct of Y.decodeUpdate(update).structs)
      if (struct instanceof Y.Item && struct.content instanceof Y.ContentString) sent.push(struct.content.str);
  });
  const field = makeHeldField({
    caseId: 'case-1',
    fieldId: 'answer-cause',
    shared: () => text.toString(),
    share: (next, cursor) => applyTextEdit(doc, text, next, cursor),
    release: (base, held) => releaseHeldEdit(doc, text, base, held),
    replace: (start, end, by) =>
      doc.transact(() => {
        text.delete(start, end - start);
        text.insert(start, by);
      }),
    ...overrides,
  });
  let shown = field.shown();
  return {
    doc,
    text,
    field,
    sent,
    /** Types at the end of what the field shows, one keystroke at a time. */
    type(chars: string) {
      for (const char of chars) {
        shown = field.shown() + char;
        field.edit(shown, shown.length);
      }
    },
  };
}

const NUMBER = '811218-9876';
const REPLACEMENT = '[personuppgift borttagen]';

describe('a text field another organisation reads', () => {
  it('shares ordinary typing keystroke by keystroke', () => {
    const f = sharedField();
    f.type('Rutinen var okänd.');
    expect(f.text.toString()).toBe('Rutinen var okänd.');
    expect(f.field.reason()).toBeNull();
  });

  it('holds a number while it is typed and shares it whole once it is finished', () => {
    const f = sharedField();
    f.type('Kl 14');
    expect(f.text.toString()).toBe('Kl ');
    expect(f.field.shown()).toBe('Kl 14');
    expect(f.field.reason()).toBe('typing_number');
    f.type('.30 ringde');
    expect(f.text.toString()).toBe('Kl 14.30 ringde');
    // The digits left the device together with what ended them, never one by one.
    expect(f.sent.filter((s) => /^\d$/.test(s))).toEqual([]);
  });

  it('keeps an identity number on the device and shares the rest once it is replaced', () => {
    const f = sharedField();
    f.type(`Gäller ${NUMBER} som ringde`);
    expect(f.field.reason()).toBe('identity_number');
    expect(f.text.toString()).toBe('Gäller ');
    const at = f.field.shown().indexOf(NUMBER);
    f.field.replace(at, at + NUMBER.length, REPLACEMENT);
    expect(f.field.reason()).toBeNull();
    expect(f.text.toString()).toBe(`Gäller ${REPLACEMENT} som ringde`);
    expect(f.sent.filter((s) => /\d/.test(s))).toEqual([]);
  });

  it('shares a number at the caret when the person leaves the field, but never an identity number', () => {
    const f = sharedField();
    f.type('Rum 221');
    f.field.leave();
    expect(f.text.toString()).toBe('Rum 221');
    f.type(` ${NUMBER}`);
    f.field.leave();
    expect(f.text.toString()).toBe('Rum 221 ');
    expect(f.field.reason()).toBe('identity_number');
  });

  it('keeps the held text across a reload, with its reason', () => {
    const doc = new Y.Doc();
    sharedField({}, doc).type(`Gäller ${NUMBER}`);
    const reloaded = sharedField({}, doc);
    expect(reloaded.field.shown()).toBe(`Gäller ${NUMBER}`);
    expect(reloaded.field.reason()).toBe('identity_number');
  });

  it('releases only this person’s change, so what the other side typed meanwhile stays', () => {
    const f = sharedField();
    f.type('Orsak: ');
    f.type(NUMBER);
    // The other organisation types at the start while the number is held here.
    f.doc.transact(() => f.text.insert(0, 'Vera: '));
    f.field.sharedChanged();
    expect(f.field.shown()).toBe(`Vera: Orsak: ${NUMBER}`);
    const at = f.field.shown().indexOf(NUMBER);
    f.field.replace(at, at + NUMBER.length, REPLACEMENT);
    expect(f.text.toString()).toBe(`Vera: Orsak: ${REPLACEMENT}`);
  });

  it('shares everything at once while nobody else reads it (a report not yet submitted)', () => {
    let submitted = false;
    const f = sharedField({ guarded: () => submitted });
    f.type(`Gäller ${NUMBER}`);
    expect(f.text.toString()).toBe(`Gäller ${NUMBER}`);
    submitted = true;
    f.type(' och 7');
    expect(f.text.toString()).toBe(`Gäller ${NUMBER} och `);
    expect(f.field.reason()).toBe('typing_number');
  });
});
