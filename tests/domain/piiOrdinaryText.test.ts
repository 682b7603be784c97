import { beforeAll, describe, expect, it } from 'vitest';
import { findPii, preloadNameList } from '../../src/domain/piiGuard';

// Ordinary care text in the routines' style: times, dates, doses, room numbers, order and diary
// numbers, contract terms. Not one of them may raise a hit, with the name list loaded.
const ORDINARY: string[] = [
  'Utskrivningsmeddelandet kom inte fram före kl. 14.30 den 2026-11-29.',
  'SVPL: inskrivningsmeddelandet skickades kl 8:15, men planeringsunderlaget saknades.',
  'Läkemedelslistan var inte uppdaterad vid hemgång; Alvedon 500 mg 2 x 3 stod kvar.',
  'Dosen ändrades till 5 ml två gånger per dygn utan att hemsjukvården fick besked.',
  'Ordernummer 4500123456 för hjälpmedlet kom aldrig fram till kommunen.',
  'Dnr 2026-00123 gäller samma överenskommelse.',
  'Diarienummer KS 2026/0456 i kommunens system.',
  'Provnummer 231112-0042 skickades till fel mottagning.',
  'Beställningsnummer 0701234567 hos hjälpmedelscentralen gällde rullatorn.',
  'Ordernr 031-123 45 67 gäller sängen som inte levererades.',
  'Rum 4 på avdelning 12 var inte informerat om larmet.',
  'Trygghetslarmet installerades först efter 3 dagar.',
  'Överenskommelsen är en 3-årig överenskommelse mellan regionen och kommunerna.',
  'Ett 3-årigt avtal om hemsjukvård gäller sedan 2025.',
  'Avtalet löper i 3 år från 2025-01-01.',
  'Blodtrycket var 140/90 vid hemkomsten och saturationen 94 %.',
  'Delegering för insulin saknades för två av sex medarbetare.',
  'HSL-insatserna saknade ordination enligt 12 kap. 1 §.',
  'LSS-beslutet enligt 9 § 8 kom en vecka för sent.',
  'Eleven fick inte sina läkemedel under skoldagen.',
  'SIP-mötet planerades till den 12 mars kl. 13.00 men kallelsen kom inte.',
  'Patienten skrevs ut kl. 21.40 utan att hemtjänsten var informerad.',
  'Receptet gällde Waran 2,5 mg, 1 x 1, och Furix 40 mg.',
  'Vårdcentralen svarade inte på 3 av 4 samtal under veckan.',
  'Hemtjänsten kom 45 minuter för sent till insatsen.',
  'Larmet utlöstes 2 gånger under natten utan att någon kom.',
  'Kontrollen gjordes 2026-11-29 kl 07:45 och igen kl 19.',
  'Under perioden 2025–2026 registrerades 12 avvikelser.',
  'Sammanställningen för kvartal 3 visar 17 ärenden.',
  'Journalanteckningen från 2026-10-01 saknades i NPÖ.',
  'Hjälpmedlet levererades efter 14 dagar i stället för 2.',
  'Återkoppling ska ske inom 60 dagar enligt rutinen.',
  'Avgiften höjdes med 1 200 kr per månad utan beslut.',
  'Infusionen gavs med 100 ml/h i 30 minuter.',
  'Version 2.1 av riktlinjen har inte implementerats.',
  'Referens 2026-1130-01 i vårt eget avvikelsesystem.',
  'Kallelsen till samordnad individuell plan skickades 3 veckor för sent.',
  'Medicinskt färdigbehandlad sedan 2026-11-20, hemgång först 2026-11-27.',
  'Insulin 10 E morgon och 8 E kväll enligt ordination.',
  'Vid ankomsten hade patienten 38,5 graders feber.',
  'Vikten var 62 kg och längden 165 cm.',
  'Dosetten delades för 14 dagar i taget.',
  'Nattpatrullen kom kl. 02.10 och kl. 04.30.',
  'Skolan och BUP hade olika uppgifter om vad som beslutats.',
  'Utredningen tog 2 år och 3 månader.',
  'Trycksåret kategori 2 upptäcktes dag 3 efter utskrivning.',
  'Per dygn ges högst 4 g paracetamol.',
  'Inga läkemedel följde med vid utskrivningen.',
  'Max 2 tabletter per tillfälle enligt delegeringen.',
  'Kl. 16 ringde avdelningen om hemgång samma kväll.',
  'Det rör sig om 20 procent av alla utskrivningar under år 2026.',
  'Hemtjänst 0700-2200, därefter nattpatrull.',
  'Hjälpmedlet fick artikelnummer 12345678-9 i beställningen.',
  'Uppföljning om 6 månader, senast 2027-05-31.',
];

describe('ordinary care text', () => {
  beforeAll(() => preloadNameList());

  it('has at least 40 sentences', () => {
    expect(ORDINARY.length).toBeGreaterThanOrEqual(40);
  });

  it.each(ORDINARY)('%j raises no hit at all', (sentence) => {
    expect(findPii(sentence)).toEqual([]);
  });

  it('raises no hit on all of them as one long text either', () => {
    expect(findPii(ORDINARY.join('\n'))).toEqual([]);
  });
});
