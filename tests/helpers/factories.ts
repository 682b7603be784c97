import type { CaseEvent } from '../../src/domain/caseEvents';
import type { ReportDraft } from '../../src/domain/report';

/** A report that passes submit validation under the Göteborgsområdet profile; override what a test needs. */
export function completeReport(overrides: Partial<ReportDraft> = {}): ReportDraft {
  return {
    profileId: 'goteborgsomradet',
    reporterName: 'Karin Lind',
    reporterRole: 'Sjuksköterska',
    reporterUnit: 'Hemsjukvården Centrum',
    reporterOrganisation: 'Göteborgs stad',
    reporterContact: 'karin.lind@example.se',
    eventType: 'occurred',
    eventDate: '2026-11-02',
    discoveredDate: '2026-11-03',
    receivingOrganisation: 'Västra Götalandsregionen',
    receivingUnit: 'Sahlgrenska, avdelning 12',
    agreementId: 'vg-utskrivning',
    area: 'utskrivning',
    classification: 'information',
    description: 'Utskrivning skedde utan att hemsjukvården fick meddelande i förväg.',
    consequenceSeverity: 2,
    consequenceText: 'Läkemedel saknades första kvällen.',
    systemFailure: 'unknown',
    ...overrides,
  };
}

let counter = 0;

export function caseEvent(overrides: Partial<CaseEvent> = {}): CaseEvent {
  counter++;
  return {
    id: `e${counter}`,
    action: 'submit',
    at: 1_700_000_000_000 + counter,
    actor: { name: 'Karin Lind', role: 'Sjuksköterska', unit: 'Hemsjukvården', organisation: 'Göteborgs stad' },
    ...overrides,
  };
}
