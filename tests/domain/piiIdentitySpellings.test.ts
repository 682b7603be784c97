import { describe, expect, it } from 'vitest';
import { findPii, type PiiKind } from '../../src/domain/piiGuard';

// Realistic ways staff write an identity number, each in a sentence. Column 2 is exactly what
// the hit must cover (the characters typed, whatever the normalisation did), column 3 its kind.
// 720908-6425, 811218-9876 and 640823-3234 have valid check digits; 701063-2391 is a valid
// samordningsnummer (DOMAIN.md).
type Row = [sentence: string, number: string, kind: PiiKind];

const row = (before: string, number: string, after: string, kind: PiiKind = 'personnummer'): Row => [
  `${before}${number}${after}`,
  number,
  kind,
];

const SPELLINGS: Row[] = [
  // The plain forms.
  row('Brukaren har pnr ', '720908-6425', ' enligt journalen.'),
  row('Gäller ', '640823-3234', ' som skrevs ut i fredags.'),
  row('Remissen angav ', '7209086425', ' som identitet.'),
  row('Pnr.', '720908-6425', '.'),
  row('pnr:', '720908-6425', ' saknade tolk'),
  row('Personen (', '720908-6425', ') fick ingen kallelse.'),
  row('I fritextfältet stod "', '720908-6425', '".'),
  // Spaces around the hyphen or inside the last four.
  row('pnr ', '720908 - 6425', ' stod på remissen.'),
  row('Det stod ', '720908 -6425', ' i fritext.'),
  row('Det stod ', '720908- 6425', ' i fritext.'),
  row('Personnummer ', '720908-64 25', ' lästes upp i telefon.'),
  row('Det gällde ', '720908 - 64 25', ' igen.'),
  row('Brukaren ', '720908 64 25', ' har ingen god man.'),
  row('Uppläst som ', '72 09 08-6425', ' av sjuksköterskan.'),
  row('Uppläst som ', '72 09 08 64 25', ' av sjuksköterskan.'),
  row('Pnr ', '720908 6425', ' i remissen.'),
  // A line break inside the number.
  row('Patienten\n', '720908-\n6425', ' kom in via akuten.'),
  row('Patienten ', '7209\n08-6425', ' kom in via akuten.'),
  row('Patienten ', '720908\n-6425', ' kom in via akuten.'),
  row('Patienten ', '720908 \n 6425', ' kom in via akuten.'),
  row('Patienten ', '720908-\r\n6425', ' kom in via akuten.'),
  row('Patienten ', '720908\u20286425', ' kom in via akuten.'),
  // The 12-digit form, with every dash.
  row('Födelsenummer ', '19720908-6425', ' enligt SVPL.'),
  row('Kopierat från Word: ', '19720908\u20136425', '.'),
  row('Kopierat från Word: ', '19720908\u20146425', '.'),
  row('Kopierat från Word: ', '19720908 \u2013 6425', '.'),
  row('Personnummer ', '197209086425', ' i kallelsen.'),
  row('Personnummer ', '19720908 6425', ' i kallelsen.'),
  row('Gäller ', '20811218-9870', ' enligt journalen.'),
  // Word and phone keyboards' characters.
  row('Från mobilen: ', '720908\u00a06425', '.'),
  row('Från mobilen: ', '720908\u202f-\u202f6425', '.'),
  row('Från Word: ', '720908\u20116425', '.'),
  row('Från Excel: ', '720908\u22126425', '.'),
  row('Kopierat: ', '720908\u20106425', '.'),
  row('Kopierat: ', '720908\u20126425', '.'),
  row('Kopierat: ', '720908\u20156425', '.'),
  row('Kopierat: ', '720908\ufe636425', '.'),
  row('Kopierat: ', '720908\uff0d6425', '.'),
  row('Kopierat: ', '720908\ufe586425', '.'),
  row('Kopierat: ', '720908 \u2014 6425', '.'),
  row('Kopierat: ', '720908\u2009-\u20096425', '.'),
  row('Kopierat: ', '720908-64\u200725', '.'),
  row('Kopierat: ', '720908\t6425', '.'),
  // Invisible characters inside.
  row('Inklistrat: ', '720908\u200b-6425', '.'),
  row('Inklistrat: ', '7209\u00ad08-6425', '.'),
  row('Inklistrat: ', '720908-\u20606425', '.'),
  row('Inklistrat: ', '72\ufeff0908-6425', '.'),
  // Full-width digits (Asian keyboards, some PDF exports).
  row('Från PDF: ', '\uff17\uff12\uff10\uff19\uff10\uff18\uff0d\uff16\uff14\uff12\uff15', '.'),
  row('Från PDF: ', '\uff11\uff19\uff17\uff12\uff10\uff19\uff10\uff18\uff16\uff14\uff12\uff15', '.'),
  // Over 100: a plus, with or without spaces.
  row('Över hundra år: ', '811218+9876', '.'),
  row('Över hundra år: ', '811218 + 9876', '.'),
  row('Över hundra år: ', '19811218+9876', '.'),
  // Date and last four written apart.
  row('Pnr ', '720908, sista fyra 6425', ' enligt anhörig.'),
  row('personnummer ', '19720908 och de fyra sista 6425', '.'),
  row('Födelsedatum ', '720908, fyra sista: 64 25', '.'),
  row('pnr: ', '1972-09-08, sista 4 6425', '.'),
  // Check digit wrong or impossible date: a typo still identifies.
  row('Skrivet ', '720908-6424', ' med fel kontrollsiffra.'),
  row('Skrivet ', '991399-1234', ' felaktigt.'),
  // Samordningsnummer (day + 60).
  row('Samordningsnummer ', '701063-2391', ' saknades i SVPL.', 'samordningsnummer'),
  row('Samordningsnummer ', '701063 2391', '.', 'samordningsnummer'),
  row('Samordningsnummer ', '701063 - 2391', '.', 'samordningsnummer'),
  row('Samordningsnummer ', '197010632391', '.', 'samordningsnummer'),
  row('Samordningsnummer ', '19701063-2391', '.', 'samordningsnummer'),
  // Reservnummer: Västra Götaland with and without the hyphen, Stockholm's 99…, other letter forms.
  row('Reservnummer ', '19810829M071', ' på akuten.', 'reservnummer'),
  row('Reservnummer ', '810829M071', ' på akuten.', 'reservnummer'),
  row('Reservnummer ', '19810829-M071', ' på akuten.', 'reservnummer'),
  row('Reserv ', '810829-K123', ' tills identiteten är klar.', 'reservnummer'),
  row('Reserv ', '810829 X012', ' tills identiteten är klar.', 'reservnummer'),
  row('Reserv ', '19810829m071', ' (skrivet på mobilen).', 'reservnummer'),
  row('Reserv ', '19810829-R123', ' från annan region.', 'reservnummer'),
  row('Stockholm: ', '991955123456', ' på akuten.', 'reservnummer'),
  row('Stockholm: ', '99 1955 12345 6', ' på akuten.', 'reservnummer'),
  row('Stockholm: ', '991955-123456', ' på akuten.', 'reservnummer'),
  // LMA numbers (asylum seekers' LMA card, Migrationsverket's format).
  row('LMA ', '12-345678-9', ' enligt kortet.', 'lmaNumber'),
  row('LMA-nummer ', '123456789', ' fanns i remissen.', 'lmaNumber'),
  row('LMA-kort ', '12 345678 9', ' visades upp.', 'lmaNumber'),
  row('Kortet hade nummer ', '12345678-9', '.', 'lmaNumber'),
];

describe('identity numbers as staff really write them', () => {
  it('covers at least 66 spellings', () => {
    expect(SPELLINGS.length).toBeGreaterThanOrEqual(66);
  });

  it.each(SPELLINGS)('%j blocks exactly what was typed', (sentence, number, kind) => {
    const blocking = findPii(sentence).filter((hit) => hit.severity === 'block');
    expect(blocking).toHaveLength(1);
    expect(blocking[0]!.kind).toBe(kind);
    expect(blocking[0]!.text).toBe(number);
    expect(sentence.slice(blocking[0]!.start, blocking[0]!.end)).toBe(number);
  });
});
