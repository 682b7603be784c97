import * as Y from 'yjs';

/** Small deterministic PRNG (mulberry32), so every server gets byte-identical docs. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS =
  'patienten skrevs ut utan att hemsjukvården fick meddelande läkemedelslistan saknades vid hemkomst ' +
  'samordnad individuell plan följdes inte kontakt togs först dagen efter avvikelsen gäller rutinen för ' +
  'utskrivning från slutenvården kommunen region överenskommelse ansvar'.split(' ');

/**
 * A case report as the app writes it: a few form fields in a Y.Map and ~`textBytes` of free
 * text typed as many small edits at varying positions (with some deletions), not one paste.
 */
export function makeCaseDoc(seed: number, textBytes = 2048): Y.Doc {
  const rand = prng(seed);
  const doc = new Y.Doc();
  const text = doc.getText('description');
  const fields = doc.getMap('fields');
  doc.transact(() => {
    fields.set('area', 'utskrivning');
    fields.set('eventType', 'occurred');
    fields.set('severity', 1 + Math.floor(rand() * 3));
    fields.set('reporterUnit', 'gbg-hemsjukvard');
    fields.set('receiverUnit', 'vgr-avd12');
    fields.set('agreement', 'LOS-2024');
    fields.set('discoveredAt', '2025-03-14');
    fields.set('title', `Avvikelse ${seed}`);
  });
  while (text.length < textBytes) {
    const words = 2 + Math.floor(rand() * 6);
    let chunk = '';
    for (let i = 0; i < words; i++) chunk += WORDS[Math.floor(rand() * WORDS.length)] + ' ';
    // Mostly typing at the end, sometimes going back to fix something.
    const pos = rand() < 0.7 ? text.length : Math.floor(rand() * text.length);
    text.insert(pos, chunk);
    if (rand() < 0.1 && text.length > 20)
      text.delete(Math.floor(rand() * (text.length - 10)), 1 + Math.floor(rand() * 8));
  }
  return doc;
}

export const encodedSize = (doc: Y.Doc) => Y.encodeStateAsUpdate(doc).byteLength;
