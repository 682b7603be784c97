import { describe, expect, it } from 'vitest';
import {
  findPii,
  hasBlockingPii,
  PII_REPLACEMENT,
  redactAll,
  redactHit,
  type PiiKind,
} from '../../src/domain/piiGuard';
import { luhnCheckDigit } from '../../src/domain/personalIdentityNumber';

type Row = [text: string, kind: PiiKind | null, severity?: 'block' | 'warn', checksumValid?: boolean];

// Each row: a sentence, the kind the guard must find first (null: nothing), its severity and,
// for identity numbers, whether the check digit holds.
const TABLE: Row[] = [
  // Personnummer, valid (from DOMAIN.md), in every written form.
  ['Brukaren 811218-9876 fick ingen info', 'personnummer', 'block', true],
  ['pnr 640823-3234.', 'personnummer', 'block', true],
  ['8112189876 skrevs ut', 'personnummer', 'block', true],
  ['19811218-9876 skrevs ut', 'personnummer', 'block', true],
  ['198112189876', 'personnummer', 'block', true],
  ['19640823 3234', 'personnummer', 'block', true],
  ['Över hundra: 811218+9876', 'personnummer', 'block', true],
  // Look-alikes that fail Luhn still identify someone: block.
  ['811218-9875', 'personnummer', 'block', false],
  ['8112189870 i journalen', 'personnummer', 'block', false],
  ['20811218-9870', 'personnummer', 'block', false],
  ['991399-1234 skrevs felaktigt', 'personnummer', 'block', false],
  // Pasted from a word processor, or typed with spaces.
  ['pnr 811218 9876 i journalen', 'personnummer', 'block', true],
  ['Word-text 811218\u20139876', 'personnummer', 'block', true],
  ['uppläst 81 12 18-9876', 'personnummer', 'block', true],
  // A mobile number written without separators is a phone, not an identity number.
  ['ring 0701234567 i kväll', 'phone', 'warn'],
  // Samordningsnummer: day + 60.
  ['samordningsnr 701063-2391', 'samordningsnummer', 'block', true],
  ['197010632391', 'samordningsnummer', 'block', true],
  ['701063-2390', 'samordningsnummer', 'block', false],
  // Reservnummer, regional formats.
  ['reserv 991955123456 på akuten', 'reservnummer', 'block'],
  ['VG reserv 19550101K123', 'reservnummer', 'block'],
  ['19550101-M456 gäller', 'reservnummer', 'block'],
  ['20240304X019', 'reservnummer', 'block'],
  // Phone numbers warn.
  ['ring 070-123 45 67', 'phone', 'warn'],
  ['ring +46 70 123 45 67', 'phone', 'warn'],
  ['0046701234567 svarar inte', 'phone', 'warn'],
  ['växeln 031-123 45 67', 'phone', 'warn'],
  ['tel 08-123 456 78', 'phone', 'warn'],
  ['(08) 123 456 78', 'phone', 'warn'],
  ['+46 (0)31 12 34 56', 'phone', 'warn'],
  // E-mail warns.
  ['mejla anna.andersson@vgregion.se', 'email', 'warn'],
  ['kontakt: a_b+c@example.com.', 'email', 'warn'],
  // Street addresses.
  ['bor på Storgatan 12', 'streetAddress', 'warn'],
  ['Kungsvägen 3B, trappa 2', 'streetAddress', 'warn'],
  ['adress Östra Hamngatan 24', 'streetAddress', 'warn'],
  ['Åsgränd 7', 'streetAddress', 'warn'],
  // Postcodes.
  ['412 58 Göteborg', 'postcode', 'warn'],
  ['SE-371 41 Karlskrona', 'postcode', 'warn'],
  // Birth dates next to "född" / "f.".
  ['kvinna född 1931', 'birthDate', 'warn'],
  ['man f. 12 mars 1940', 'birthDate', 'warn'],
  ['född 1940-03-12', 'birthDate', 'warn'],
  ['f. 400312', 'birthDate', 'warn'],
  // Exact ages.
  ['93-årig kvinna', 'age', 'warn'],
  ['en 87 årig man', 'age', 'warn'],
  ['patienten är 45 år gammal', 'age', 'warn'],
  ['Ålder: 93', 'age', 'warn'],
  ['17-åringen', 'age', 'warn'],
  // Things that are not personal data.
  ['Utskrivning 2024-03-12 kl 14.30 utan meddelande', null],
  ['Läkemedelslistan saknades vid utskrivning', null],
  ['Tre av fem rutiner följdes inte; 12 timmars fördröjning', null],
  ['Vårdplan enligt SIP version 2.1 saknades', null],
  ['Ärende 2024/123 i eget system', null],
  ['Hemtjänsten fick besked först efter 3 dagar', null],
  ['kl. 08:00 och 16:30', null],
];

describe('PII guard table', () => {
  it('has at least 40 cases', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(40);
  });

  it.each(TABLE)('%s → %s', (text, kind, severity, checksumValid) => {
    const hits = findPii(text);
    if (kind === null) {
      expect(hits).toEqual([]);
      return;
    }
    expect(hits.length).toBeGreaterThanOrEqual(1);
    const hit = hits[0]!;
    expect(hit.kind).toBe(kind);
    expect(hit.severity).toBe(severity);
    expect(text.slice(hit.start, hit.end)).toBe(hit.text);
    if (checksumValid !== undefined) expect(hit.checksumValid).toBe(checksumValid);
  });
});

describe('PII guard behaviour', () => {
  it('computes the Luhn check digit from DOMAIN.md examples', () => {
    expect(luhnCheckDigit('811218987')).toBe(6);
    expect(luhnCheckDigit('640823323')).toBe(4);
    expect(luhnCheckDigit('701063239')).toBe(1);
  });

  it('finds every hit in a long text, in order, without overlaps', () => {
    const text = 'Kvinna född 1931, pnr 811218-9876, ring 070-123 45 67 eller mejla x@y.se. Bor Storgatan 1.';
    const kinds = findPii(text).map((h) => h.kind);
    expect(kinds).toEqual(['birthDate', 'personnummer', 'phone', 'email', 'streetAddress']);
    const hits = findPii(text);
    for (let i = 1; i < hits.length; i++) expect(hits[i]!.start).toBeGreaterThanOrEqual(hits[i - 1]!.end);
  });

  it('blocks only identity numbers', () => {
    expect(hasBlockingPii('ring 070-123 45 67')).toBe(false);
    expect(hasBlockingPii('pnr 811218-9876')).toBe(true);
  });

  it('replaces one hit with the standard placeholder and keeps the rest of the text', () => {
    const text = 'Patient 811218-9876 skrevs ut';
    const [hit] = findPii(text);
    expect(redactHit(text, hit!)).toBe(`Patient ${PII_REPLACEMENT} skrevs ut`);
  });

  it('indexes every hit in the text as typed, whatever the normalisation changed before it', () => {
    const text =
      '\ufeffKvinna f\u00f6dd 1931,\u00a0pnr 7209\u200b08\u20116425, ring \uff10\uff17\uff10-123 45 67; Fru Ka\u0308rlsson.';
    const hits = findPii(text);
    expect(hits.map((h) => h.kind)).toEqual(['birthDate', 'personnummer', 'phone', 'name']);
    for (const hit of hits) expect(text.slice(hit.start, hit.end)).toBe(hit.text);
    expect(redactAll(text)).toBe(
      `\ufeffKvinna f\u00f6dd ${PII_REPLACEMENT},\u00a0pnr ${PII_REPLACEMENT}, ring ${PII_REPLACEMENT}; Fru ${PII_REPLACEMENT}.`,
    );
  });

  it.each([
    ['Ordernummer 720908-6425', 'a valid, hyphenated personnummer', 'block'],
    ['Ordernummer 7209086425', 'ten bare digits', null],
    ['Provnummer 720908-6424', 'a hyphenated look-alike that fails the check', null],
    ['Ordern gällde pnr 720908-6424', 'a look-alike after a label for a person', 'block'],
  ])('after a label for something else, %s (%s) gives %s', (text, _what, severity) => {
    expect(findPii(text).find((h) => h.severity === 'block')?.severity ?? null).toBe(severity);
  });

  it('redacts every hit for de-identified summaries', () => {
    const result = redactAll('811218-9876 och 070-123 45 67');
    expect(result).toBe(`${PII_REPLACEMENT} och ${PII_REPLACEMENT}`);
    expect(findPii(result)).toEqual([]);
  });
});
