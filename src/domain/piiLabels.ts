/**
 * Labels that say a number is something other than personal data: an order, a case in the
 * diary, a lab sample. A number right after one of them is let go (unless it is a valid,
 * hyphenated identity number: see the rules' `strong`), so ordinary care text stays quiet.
 */
const OTHER_LABEL = new RegExp(
  '(?:^|[^\\p{L}])(?:order|ordernummer|ordernumret|ordernr|beställningsnummer|beställningsnr|beställning|dnr|d\\.nr|diarienummer|diarienumret|diarienr|provnummer|provnumret|provnr|prov-id|prov-nr|remissnummer|remissnr|remiss-id|ärendenummer|ärendenumret|ärendenr|ärende|fakturanummer|fakturanr|faktura|referensnummer|referens|refnr|ref|artikelnummer|artikelnr|art\\.nr|artnr|lotnummer|lotnr|lot|batchnummer|batchnr|batch|satsnummer|serienummer|serienr|bokningsnummer|bokningsnr|rekvisitionsnummer|rekvisition|kundnummer|kundnr|inventarienummer|avtalsnummer|avvikelsenummer|avvikelse-id|löpnummer|id i eget system|hjälpmedelsnummer|individnummer|kl|klockan)(?![\\p{L}])([^\\d\\n]{0,24})$',
  'iu',
);
// Words that, between the label and the number, mean the number is about a person after all.
const PERSON_LABEL = /pnr|person|född|patient|brukar|lma|samordning|reserv|journal/i;

/** Whether the number starting at `start` follows a label for something that is not personal data. */
export function isLabelledAsSomethingElse(text: string, start: number): boolean {
  const m = OTHER_LABEL.exec(text.slice(Math.max(0, start - 48), start));
  return m !== null && !PERSON_LABEL.test(m[1] ?? '');
}
