import type { CaseIndexEntry } from '../../src/domain/caseIndex';

let n = 0;

/** An index row of a submitted case from Göteborg's home health care to VGR, with overrides. */
export function indexRow(overrides: Partial<CaseIndexEntry> = {}): CaseIndexEntry {
  n++;
  return {
    id: `00000000-0000-4000-9000-${String(n).padStart(12, '0')}`,
    profileId: 'goteborgsomradet',
    title: 'Riktlinje för samverkan vid in- och utskrivning',
    summary: 'Ingen information vid utskrivning',
    status: 'submitted',
    reporterUnit: 'Hemsjukvården Centrum',
    reporterOrganisation: 'Göteborgs stad',
    receivingOrganisation: 'Västra Götalandsregionen',
    receivingUnit: 'Sahlgrenska avdelning 12',
    receivingUnitId: 'vgr-avd12',
    receivingOrgId: 'vgr',
    agreementId: 'vg-utskrivning',
    area: 'utskrivning',
    eventDate: '2026-11-01',
    discoveredDate: '2026-11-01',
    submittedAt: 1,
    deadline: '2026-12-31',
    createdAt: 1,
    updatedAt: 10,
    syncState: 'synced',
    seenAt: null,
    ...overrides,
  };
}
