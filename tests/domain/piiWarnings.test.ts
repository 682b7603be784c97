import { beforeAll, describe, expect, it } from 'vitest';
import { findPii, PII_REPLACEMENT, preloadNameList, redactAll, type PiiKind } from '../../src/domain/piiGuard';

// Personal data that warns (never blocks): column 2 is exactly what must be highlighted.
type Row = [sentence: string, highlighted: string, kind: PiiKind];

const NAMES: Row[] = [
  ['Anna Svensson, 84 år, skrevs ut utan läkemedelslista.', 'Anna Svensson', 'name'],
  ['Fru Karlsson på rum 4 fick ingen kvällsdos.', 'Karlsson', 'name'],
  ['Informationen gick till dottern Lisa i stället.', 'Lisa', 'name'],
  ['Herr Nilsson fick fel dos.', 'Nilsson', 'name'],
  ['Vi ringde patienten Bertil Eriksson två gånger.', 'Bertil Eriksson', 'name'],
  ['Sonen Per hämtade hjälpmedlen.', 'Per', 'name'],
  ['Maken Olle hade inte fått besked.', 'Olle', 'name'],
  ['Makan Gunnel var inte informerad om hemgången.', 'Gunnel', 'name'],
  ['Hustrun Karin ringde till avdelningen.', 'Karin', 'name'],
  ['Brukaren Agda väntade två timmar.', 'Agda', 'name'],
  ['Eleven Wilma fick inte sin medicin.', 'Wilma', 'name'],
  ['Barnbarnet Noah följde med till akuten.', 'Noah', 'name'],
  ['Modern Fatima fick ingen tolk.', 'Fatima', 'name'],
  ['Mannen Zlatko kom hem utan besked.', 'Zlatko', 'name'],
  ['Fru Zetterqvist-Öhrn på avdelning 5.', 'Zetterqvist-Öhrn', 'name'],
  ['Kontakta Maria på avdelningen.', 'Maria', 'name'],
  ['Enligt Johansson på vårdcentralen var listan klar.', 'Johansson', 'name'],
  ['Lars-Erik Lindqvist ringde om hemgången.', 'Lars-Erik Lindqvist', 'name'],
  ['Hans Karlsson skrevs ut på fredagen.', 'Hans Karlsson', 'name'],
  ['Remissen gällde Ingrid, som bor ensam.', 'Ingrid', 'name'],
];

const OTHERS: Row[] = [
  ['Anna Svensson, 84 år, skrevs ut.', '84 år', 'age'],
  ['Hon är 102 år och bor hemma.', '102 år', 'age'],
  ['En 84-årig kvinna skrevs ut.', '84-årig', 'age'],
  ['En 5-årig pojke fick fel dos.', '5-årig', 'age'],
  ['17-åringen kom till BUP.', '17-åringen', 'age'],
  ['Patienten är 45 år gammal.', '45 år', 'age'],
  ['Mannen fyller 90 år i december.', '90 år', 'age'],
  ['Ålder: 93', 'Ålder: 93', 'age'],
  ['Brukaren (88 år) larmade.', '88 år', 'age'],
  ['Född: 1940-03-12, bor på boende.', '1940-03-12', 'birthDate'],
  ['Född 12 mars 1940.', '12 mars 1940', 'birthDate'],
  ['man f. 400312', '400312', 'birthDate'],
  ['Födelsedatum 19400312 stod på remissen.', '19400312', 'birthDate'],
  ['kvinna född 1931', '1931', 'birthDate'],
  ['Pnr 400312 (sista siffrorna saknas).', '400312', 'birthDate'],
  ['Journalnummer 123456 i TakeCare.', '123456', 'journalNumber'],
  ['Journalnr: 4711-22 gäller.', '4711-22', 'journalNumber'],
  ['Patient-id A12345 i Cosmic.', 'A12345', 'journalNumber'],
  ['Pat.nr 998877 enligt remissen.', '998877', 'journalNumber'],
  ['pat nr 55443 i systemet.', '55443', 'journalNumber'],
  ['Bor på Storgatan 12 i två år.', 'Storgatan 12', 'streetAddress'],
  ['Kungsvägen 3B, trappa 2.', 'Kungsvägen 3B', 'streetAddress'],
  ['Ring 070/123 45 67 i kväll.', '070/123 45 67', 'phone'],
  ['Ring 070\u2011123\u00a045\u00a067 i kväll.', '070\u2011123\u00a045\u00a067', 'phone'],
  ['Adress 412 58 Göteborg.', '412 58', 'postcode'],
];

describe('warnings on personal data other than identity numbers', () => {
  beforeAll(() => preloadNameList());

  it.each([...NAMES, ...OTHERS])('%j warns on exactly %j', (sentence, highlighted, kind) => {
    const hit = findPii(sentence).find((h) => h.kind === kind);
    expect(hit).toBeDefined();
    expect(hit!.severity).toBe('warn');
    expect(hit!.text).toBe(highlighted);
    expect(sentence.slice(hit!.start, hit!.end)).toBe(highlighted);
  });

  it('never blocks on any of them', () => {
    for (const [sentence] of [...NAMES, ...OTHERS]) {
      expect(findPii(sentence).filter((h) => h.severity === 'block')).toEqual([]);
    }
  });

  it('replaces a phone number written with a slash in full, not half of it', () => {
    expect(redactAll('Ring 070/123 45 67 i kväll.')).toBe(`Ring ${PII_REPLACEMENT} i kväll.`);
  });

  it('keeps the word after a street address out of the replacement', () => {
    expect(redactAll('Bor på Storgatan 12 i två år.')).toBe(`Bor på ${PII_REPLACEMENT} i två år.`);
  });

  it('keeps the title and replaces only the name', () => {
    expect(redactAll('Fru Karlsson på rum 4')).toBe(`Fru ${PII_REPLACEMENT} på rum 4`);
  });
});
