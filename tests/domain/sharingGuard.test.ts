import { describe, expect, it } from 'vitest';
import { holdBack } from '../../src/domain/sharingGuard';

const atEnd = (next: string, shared = '') => holdBack(next, shared, next.length);

describe('what stays on the device before it is shared with the other organisation', () => {
  it.each<[string, string, string, string | null]>([
    ['ordinary text', 'Patienten skrevs ut', '', null],
    ['a personnummer', 'Gäller 811218-9876 idag', '', 'identity_number'],
    ['a samordningsnummer', 'Gäller 701063-2391.', '', 'identity_number'],
    ['a personnummer that fails the check (a typo still identifies)', 'Gäller 811218-9875.', '', 'identity_number'],
    ['the first six digits being typed', 'Gäller 811218', '', 'typing_number'],
    ['the dash and digits being typed', 'Gäller 811218-98', '', 'typing_number'],
    ['the first digit being typed', 'Gäller 8', '', 'typing_number'],
    ['a finished year', 'Sedan 2026 ', '', null],
    ['a personnummer with spaces around the hyphen', 'Gäller 720908 - 6425 idag', '', 'identity_number'],
    ['a personnummer with a non-breaking hyphen from Word', 'Gäller 720908\u20116425 idag', '', 'identity_number'],
    ['a personnummer broken over two lines', 'Gäller 720908-\n6425 idag', '', 'identity_number'],
    ['a reservnummer without the hyphen', 'Gäller 19810829M071 idag', '', 'identity_number'],
    ['an LMA number', 'LMA-nummer 123456789 idag', '', 'identity_number'],
    ['a date of six digits and a space, the rest still to come', 'Gäller 720908 ', '', 'typing_number'],
    ['a date and an en dash being typed', 'Gäller 720908 \u2013', '', 'typing_number'],
    ['a name (it only warns)', 'Dottern Lisa ringde', '', null],
    [
      'the first half of a personnummer announced as one, before the last four',
      'Pnr 720908, sista fyra ',
      '',
      'identity_number',
    ],
    ['a date labelled personnummer, with a full stop', 'Personnummer: 19720908.', '', 'identity_number'],
    ['a birth date without an identity label (only warned about)', 'Född 720908. Bor ensam.', '', null],
    ['a finished date with dashes', 'Den 2026-10-01.', '', null],
    [
      'an identity number the shared text already holds (editing elsewhere)',
      'Gäller 811218-9876. Mer',
      'Gäller 811218-9876.',
      null,
    ],
  ])('%s', (_name, next, shared, expected) => {
    expect(atEnd(next, shared)).toBe(expected);
  });

  it('releases a number at the end once the person has left the field', () => {
    expect(holdBack('Klockan 14', '', null)).toBeNull();
    expect(holdBack('Gäller 811218-9876', '', null)).toBe('identity_number');
  });

  it('releases a finished phone number typed without separators (only warned about, like in reports)', () => {
    expect(holdBack('Ring 0701234567 ', '', 'Ring 0701234567 '.length)).toBeNull();
  });

  it('holds a number typed in the middle of a text, by the caret', () => {
    const next = 'Gäller 811218 och mer';
    expect(holdBack(next, '', 'Gäller 811218'.length)).toBe('typing_number');
  });
});
