import * as v from 'valibot';
import { IdentitySchema, ORG_TYPES } from './identity';

/** JSON bodies of the relay's HTTP API, validated on both ends. */

export const EnrollRequestSchema = v.object({
  code: v.pipe(
    v.string(),
    v.trim(),
    v.regex(/^[A-Z0-9]{4}[\s-]?[A-Z0-9]{4}[\s-]?[A-Z0-9]{4}$/i, 'koden har formen XXXX-XXXX-XXXX'),
  ),
  deviceName: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(100)),
});
export type EnrollRequest = v.InferOutput<typeof EnrollRequestSchema>;

export const TokenResponseSchema = v.object({
  token: v.pipe(v.string(), v.minLength(20), v.maxLength(4000)),
  expiresAt: v.number(),
  identity: IdentitySchema,
});
export type TokenResponse = v.InferOutput<typeof TokenResponseSchema>;

export const DirectorySchema = v.object({
  organisations: v.array(
    v.object({
      id: v.string(),
      name: v.string(),
      type: v.picklist(ORG_TYPES),
      profileId: v.string(),
      units: v.array(v.object({ id: v.string(), name: v.string() })),
    }),
  ),
});
export type Directory = v.InferOutput<typeof DirectorySchema>;

/** What the relay knows of a case: participants and timing, never content. */
export const CaseSummarySchema = v.object({
  caseId: v.string(),
  ownerUnitId: v.string(),
  ownerOrgId: v.string(),
  receivingUnitId: v.nullable(v.string()),
  submittedAt: v.nullable(v.number()),
  seq: v.number(),
  /** The joint analysis, once started: its current version and whether it is locked. */
  analysis: v.optional(v.nullable(v.object({ version: v.number(), locked: v.boolean() })), null),
});
export type CaseSummary = v.InferOutput<typeof CaseSummarySchema>;

export const CaseListingSchema = v.object({
  cases: v.array(CaseSummarySchema),
  /** Pass back as `since` to get only what changed after this listing. */
  cursor: v.number(),
  more: v.boolean(),
});
export type CaseListing = v.InferOutput<typeof CaseListingSchema>;

export const SubmitRequestSchema = v.object({
  receivingUnitId: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/)),
});
export type SubmitRequest = v.InferOutput<typeof SubmitRequestSchema>;

export const ApiErrorSchema = v.object({ error: v.string(), message: v.string() });
export type ApiError = v.InferOutput<typeof ApiErrorSchema>;
