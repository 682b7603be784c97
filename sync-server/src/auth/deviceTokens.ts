import * as v from 'valibot';
import { errors, jwtVerify, SignJWT } from 'jose';
import { TokenClaimsSchema, type Identity } from '../../../src/protocol/identity';
import type { SigningKeys } from './signingKeys';

const ISSUER = 'samverka-relay';
const AUDIENCE = 'samverka';

export type VerifyResult =
  | { ok: true; identity: Identity; expiresAt: number }
  | { ok: false; reason: 'missing' | 'invalid' | 'expired' | 'revoked' };

/**
 * Checks a bearer token. The embedded default verifies our own signed device tokens; an OIDC
 * verifier (SITHS through a regional IdP) can implement the same interface later.
 */
export interface TokenVerifier {
  verify(token: string | null | undefined): Promise<VerifyResult>;
}

export interface TokenIssuer {
  issue(identity: Identity, ttlMs: number, now?: number): Promise<{ token: string; expiresAt: number }>;
}

export function createTokenIssuer(keys: SigningKeys): TokenIssuer {
  return {
    async issue(identity, ttlMs, now = Date.now()) {
      const expiresAt = Math.floor((now + ttlMs) / 1000) * 1000;
      const token = await new SignJWT({ idn: identity })
        .setProtectedHeader({ alg: 'EdDSA', kid: keys.kid })
        .setSubject(identity.deviceId)
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt(Math.floor(now / 1000))
        .setExpirationTime(expiresAt / 1000)
        .sign(keys.privateKey);
      return { token, expiresAt };
    },
  };
}

/** Verifies signature, expiry and claims, then asks whether the device has been revoked. */
export function createTokenVerifier(
  keys: SigningKeys,
  isRevoked: (deviceId: string) => Promise<boolean>,
): TokenVerifier {
  return {
    async verify(token) {
      if (!token) return { ok: false, reason: 'missing' };
      try {
        const { payload } = await jwtVerify(token, keys.publicKey, {
          issuer: ISSUER,
          audience: AUDIENCE,
          algorithms: ['EdDSA'],
        });
        const claims = v.safeParse(TokenClaimsSchema, payload);
        if (!claims.success || claims.output.sub !== claims.output.idn.deviceId)
          return { ok: false, reason: 'invalid' };
        if (await isRevoked(claims.output.sub)) return { ok: false, reason: 'revoked' };
        return { ok: true, identity: claims.output.idn, expiresAt: claims.output.exp * 1000 };
      } catch (error) {
        return { ok: false, reason: error instanceof errors.JWTExpired ? 'expired' : 'invalid' };
      }
    },
  };
}
