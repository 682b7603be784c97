import type { OrgType } from '../../src/protocol/identity';
import { createEnrollmentCode } from './auth/enrollment';
import type { RelayStore } from './store/types';

export interface BootstrapConfig {
  orgName: string;
  orgType: OrgType;
  profileId: string;
}

/**
 * On a brand-new database: one organisation with a coordination unit, and a one-time code for
 * the first administrator (a coordinator). Returns the code, or null when the directory exists.
 */
export async function bootstrapIfEmpty(
  store: RelayStore,
  config: BootstrapConfig,
): Promise<{ code: string; expiresAt: number } | null> {
  if ((await store.listOrgs()).length > 0) return null;
  const orgId = slugify(config.orgName) || 'organisation';
  await store.createOrg({ id: orgId, name: config.orgName, type: config.orgType, profileId: config.profileId });
  await store.createUnit({ id: `${orgId}-samordning`, orgId, name: 'Samordning' });
  return createEnrollmentCode(store, {
    unitId: `${orgId}-samordning`,
    personName: 'Administratör',
    role: 'coordinator',
  });
}

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48);
}
