import { describe, expect, it } from 'vitest';
import { personWordFor, shortAndFull } from '../../src/domain/reportWords';
import { regionProfiles } from '../../src/domain/regionProfiles';
import { sv } from '../../src/i18n/sv';
import { en } from '../../src/i18n/en';

const profiles = [...regionProfiles().values()];

describe('her words', () => {
  it.each(profiles.flatMap((p) => (['kommun', 'region', 'privat', 'skola'] as const).map((t) => [p.id, t] as const)))(
    '%s: staff of a %s name the person cared for as that organisation does',
    (profileId, orgType) => {
      const profile = regionProfiles().get(profileId)!;
      const expected = { kommun: 'brukare', region: 'patient', privat: 'brukare', skola: 'elev' }[orgType];
      expect(personWordFor(profile, orgType)).toBe(expected);
    },
  );

  it.each([undefined, null, '', 'okänd'])('uses both common words when the organisation type is %j', (orgType) => {
    expect(personWordFor(profiles[0]!, orgType)).toBe('neutral');
  });

  it('says brukare, patient or elev in the form, never "personen"', () => {
    expect(sv.reporting.labels.descriptionHint('brukare')).toContain('brukarens namn');
    expect(sv.reporting.labels.consequenceText('patient')).toContain('för patienten');
    expect(sv.reporting.labels.consequenceText('elev')).toContain('för eleven');
    expect(sv.reporting.labels.consequenceText('neutral')).toContain('brukaren eller patienten');
    expect(en.reporting.labels.consequenceText('brukare')).toContain('the service user');
  });

  it('gives every agreement of every region a short name, with the full name beside it', () => {
    for (const profile of profiles) {
      for (const agreement of profile.agreements) {
        const names = shortAndFull(agreement);
        expect(names.short.length, agreement.id).toBeLessThanOrEqual(30);
        expect(names.full, agreement.id).toBe(agreement.name);
      }
    }
    expect(shortAndFull({ name: 'SIP', shortName: 'SIP' })).toEqual({ short: 'SIP', full: null });
    expect(shortAndFull({ name: 'Lång rutin', shortName: '  ' })).toEqual({ short: 'Lång rutin', full: null });
  });

  /** Every Swedish text of the app as one list (functions called with a sample). */
  function allTexts(value: unknown): string[] {
    if (typeof value === 'string') return [value];
    if (typeof value === 'function') {
      try {
        return allTexts((value as (...args: unknown[]) => unknown)('brukare', 'X', 'Y', 'Z'));
      } catch {
        return [];
      }
    }
    if (value && typeof value === 'object') return Object.values(value).flatMap(allTexts);
    return [];
  }

  it('never calls the device "enhet": that word is the workplace (Din enhet, Mottagande enhet)', () => {
    const device = allTexts(sv).filter((text) =>
      /den här enheten|på enheten|enheten (är|har|behöver|får|synkar)|koppla (från )?enheten|(^|\. )Enheten (är|har|behöver)/i.test(
        text,
      ),
    );
    expect(device).toEqual([]);
  });

  it('keeps the coordinator\u2019s words out of her form', () => {
    const form = allTexts({ reporting: sv.reporting, form: sv.form, problem: sv.problem });
    expect(form.filter((text) => /Rapportör|Klassificering|\bpersonen\b/.test(text))).toEqual([]);
  });
});
