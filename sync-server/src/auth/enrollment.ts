import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import type { Identity, Role } from '../../../src/protocol/identity';
import type { RelayStore } from '../store/types';
import type { TokenIssuer } from './deviceTokens';

/** Letters and digits that cannot be mistaken for each other when read aloud or typed. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** Characters in a code: 12 of 32 (5 bits each, as 256 is a multiple of 32: unbiased) = 60 bits. */
const CODE_LENGTH = 12;

/** A one-time code such as `K7PM-Q2XD-R4TB`: grouped by four for typing and reading aloud. */
export function generateEnrollmentCode(): string {
  const chars = [...randomBytes(CODE_LENGTH)].map((b) => ALPHABET[b % ALPHABET.length]).join('');
  return chars.match(/.{4}/g)!.join('-');
}

/** A code as typed, without dashes or spaces, in capitals. */
export function normaliseEnrollmentCode(code: string): string {
  return code.replace(/[\s-]/g, '').toUpperCase();
}

/**
 * Codes are stored as an HMAC with the server-held secret: a copy of the database neither hands
 * out devices nor lets anyone test guesses offline.
 */
export function hashEnrollmentCode(code: string, secret: Uint8Array): string {
  return createHmac('sha256', secret).update(normaliseEnrollmentCode(code)).digest('hex');
}

export const DEVICE_TOKEN_TTL_MS = 30 * 24 * 3600 * 1000;

/** Creates an enrollment code for a person in a unit; returns the code in clear (shown once). */
export async function createEnrollmentCode(
  store: RelayStore,
  input: { unitId: string; personName: string; role: Role; personId?: string; validDays?: number; now?: number },
): Promise<{ code: string; expiresAt: number }> {
  if (!(await store.getUnit(input.unitId))) throw new Error(`okänd enhet ${input.unitId}`);
  const code = generateEnrollmentCode();
  const expiresAt = (input.now ?? Date.now()) + (input.validDays ?? 7) * 24 * 3600 * 1000;
  await store.createEnrollmentCode({
    codeHash: hashEnrollmentCode(code, await store.enrollmentSecret()),
    unitId: input.unitId,
    personId: input.personId ?? randomUUID(),
    personName: input.personName,
    role: input.role,
    expiresAt,
  });
  return { code, expiresAt };
}

/** Builds the identity a token carries for a device of a person in a unit. */
export async function identityFor(
  store: RelayStore,
  device: { id: string; unitId: string; personId: string; personName: string; role: Role },
): Promise<Identity | null> {
  const unit = await store.getUnit(device.unitId);
  const org = unit ? await store.getOrg(unit.orgId) : null;
  if (!unit || !org) return null;
  return {
    deviceId: device.id,
    personId: device.personId,
    personName: device.personName,
    role: device.role,
    unitId: unit.id,
    unitName: unit.name,
    orgId: org.id,
    orgName: org.name,
    orgType: org.type,
    profileId: org.profileId,
  };
}

/** Registers a new device for a person, and issues its token. */
export async function registerDevice(
  store: RelayStore,
  issuer: TokenIssuer,
  input: {
    name: string;
    unitId: string;
    personId: string;
    personName: string;
    role: Role;
    ttlMs?: number;
    now?: number;
  },
) {
  const now = input.now ?? Date.now();
  const device = { id: `dev-${randomUUID()}`, ...input, createdAt: now, revokedAt: null };
  const identity = await identityFor(store, device);
  if (!identity) throw new Error(`okänd enhet ${input.unitId}`);
  await store.createDevice({
    id: device.id,
    name: input.name,
    unitId: input.unitId,
    personId: input.personId,
    personName: input.personName,
    role: input.role,
    createdAt: now,
    revokedAt: null,
  });
  const { token, expiresAt } = await issuer.issue(identity, input.ttlMs ?? DEVICE_TOKEN_TTL_MS, now);
  return { token, expiresAt, identity };
}

/** Exchanges a one-time code for a device token; null when the code is unknown, used or expired. */
export async function enrollDevice(
  store: RelayStore,
  issuer: TokenIssuer,
  code: string,
  deviceName: string,
  now = Date.now(),
) {
  const record = await store.consumeEnrollmentCode(hashEnrollmentCode(code, await store.enrollmentSecret()), now);
  if (!record) return null;
  return registerDevice(store, issuer, { ...record, name: deviceName, now });
}
