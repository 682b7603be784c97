import * as v from 'valibot';

export const ROLES = ['staff', 'manager', 'coordinator'] as const;
/** staff · manager (enhetschef) · coordinator (the organisation's named function for external deviations). */
export type Role = (typeof ROLES)[number];

export const ORG_TYPES = ['kommun', 'region', 'privat', 'skola'] as const;
export type OrgType = (typeof ORG_TYPES)[number];

const id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'ogiltigt id'));
const name = v.pipe(v.string(), v.minLength(1), v.maxLength(200));

/** Who a device acts for: carried in its token, shown in the app. */
export const IdentitySchema = v.object({
  deviceId: v.pipe(v.string(), v.minLength(8), v.maxLength(64)),
  personId: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  personName: name,
  role: v.picklist(ROLES),
  unitId: id,
  unitName: name,
  orgId: id,
  orgName: name,
  orgType: v.picklist(ORG_TYPES),
  profileId: id,
});
export type Identity = v.InferOutput<typeof IdentitySchema>;

/** JWT claims of a device token (standard claims are checked by jose). */
export const TokenClaimsSchema = v.object({
  sub: v.string(),
  idn: IdentitySchema,
  exp: v.number(),
  iat: v.number(),
});
export type TokenClaims = v.InferOutput<typeof TokenClaimsSchema>;
