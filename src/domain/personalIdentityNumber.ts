/**
 * Swedish identity numbers: personnummer, samordningsnummer and reservnummer.
 * Pure checks used by the PII guard; they never decide *whether* to block (all are blocked),
 * only what kind of number it is and whether its check digit holds.
 */

/** Luhn over the 9 digits ÅÅMMDDNNN with weights 2,1,2,…; returns the expected check digit. */
export function luhnCheckDigit(nineDigits: string): number {
  let sum = 0;
  for (let i = 0; i < nineDigits.length; i++) {
    const product = Number(nineDigits[i]) * (i % 2 === 0 ? 2 : 1);
    sum += product > 9 ? product - 9 : product;
  }
  return (10 - (sum % 10)) % 10;
}

export type IdentityKind = 'personnummer' | 'samordningsnummer';

/**
 * Classifies the ten digits ÅÅMMDDNNNK. Returns null when the month or day cannot be a birth
 * date (then the digits are probably something else, such as a phone number).
 */
export function classifyTenDigits(digits: string): { kind: IdentityKind; checksumValid: boolean } | null {
  if (!/^\d{10}$/.test(digits) || !isBirthDateDigits(digits.slice(0, 6))) return null;
  return {
    kind: Number(digits.slice(4, 6)) > 60 ? 'samordningsnummer' : 'personnummer',
    checksumValid: luhnCheckDigit(digits.slice(0, 9)) === Number(digits[9]),
  };
}

/** Whether six digits ÅÅMMDD can be the date part of an identity number (day + 60 for samordningsnummer). */
export function isBirthDateDigits(yymmdd: string): boolean {
  const month = Number(yymmdd.slice(2, 4));
  const day = Number(yymmdd.slice(4, 6));
  if (yymmdd.length !== 6 || month < 1 || month > 12) return false;
  return (day >= 1 && day <= 31) || (day >= 61 && day <= 91);
}
