import * as v from 'valibot';
import { ROLES } from './identity';

/**
 * The joint analysis as the relay sees it: who is on the team, who signs for each
 * organisation, signatures and locked versions. Never what the analysis says: the content is
 * the `${caseId}.analysis` room, opaque to the relay. Validated on both ends.
 */

const id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'ogiltigt id'));
const personId = v.pipe(v.string(), v.minLength(1), v.maxLength(64));
const name = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
/** A Yjs state vector or update, base64-encoded. */
const base64 = v.pipe(v.string(), v.maxLength(20_000_000), v.regex(/^[A-Za-z0-9+/]*={0,2}$/, 'ogiltig base64'));

/** A person the relay knows (from an enrolled device), who may be named to a team. */
export const PersonSchema = v.object({
  personId,
  name,
  role: v.picklist(ROLES),
  unitId: id,
  orgId: id,
});
export type Person = v.InferOutput<typeof PersonSchema>;

export const PeopleResponseSchema = v.object({ people: v.array(PersonSchema) });

/** A team member: a known person with their role in the analysis. */
export const TeamMemberSchema = v.object({
  personId,
  /** Role in the analysis, in the team's own words ("enhetschef", "distriktssköterska", "MAS"). */
  role: v.pipe(v.string(), v.trim(), v.minLength(1, 'ange en roll'), v.maxLength(80)),
  /** The commissioner (uppdragsgivare); exactly one per team. */
  commissioner: v.boolean(),
  /** Signs the analysis for their organisation; exactly one per organisation of the case. */
  signer: v.boolean(),
});
export type TeamMember = v.InferOutput<typeof TeamMemberSchema>;

/** `PUT /api/cases/:id/analysis/team`: starts the analysis, or changes its team. */
export const TeamRequestSchema = v.object({
  team: v.pipe(v.array(TeamMemberSchema), v.minLength(2), v.maxLength(30)),
});
export type TeamRequest = v.InferOutput<typeof TeamRequestSchema>;

/** A team member as the relay answers: the person's name and organisation from its directory. */
export const TeamEntrySchema = v.object({
  ...TeamMemberSchema.entries,
  name,
  orgId: id,
  unitId: id,
});
export type TeamEntry = v.InferOutput<typeof TeamEntrySchema>;

export const SignatureSchema = v.object({
  orgId: id,
  personId,
  name,
  at: v.number(),
  /** The analysis room's state vector the signer saw (base64): a later edit makes it stale. */
  stateVector: base64,
});
export type Signature = v.InferOutput<typeof SignatureSchema>;

export const VersionSummarySchema = v.object({
  number: v.pipe(v.number(), v.integer(), v.minValue(1)),
  lockedAt: v.number(),
  signatures: v.array(SignatureSchema),
  /** Set when the version was reopened: by whom, when and why. */
  reopened: v.nullable(v.object({ personId, name, at: v.number(), reason: v.string() })),
});
export type VersionSummary = v.InferOutput<typeof VersionSummarySchema>;

/** `GET /api/cases/:id/analysis`. */
export const AnalysisStatusSchema = v.object({
  caseId: v.string(),
  startedAt: v.number(),
  startedBy: personId,
  team: v.array(TeamEntrySchema),
  /** The version being worked on (1 until the first lock), or the locked one while locked. */
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  locked: v.boolean(),
  /** Signatures collected for the current version. */
  signatures: v.array(SignatureSchema),
  /** Organisations that must sign (the case's two). */
  signingOrgIds: v.array(id),
  versions: v.array(VersionSummarySchema),
});
export type AnalysisStatus = v.InferOutput<typeof AnalysisStatusSchema>;

/** `POST /api/cases/:id/analysis/signoff`. */
export const SignoffRequestSchema = v.object({
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  stateVector: base64,
});
export type SignoffRequest = v.InferOutput<typeof SignoffRequestSchema>;

/** `POST /api/cases/:id/analysis/reopen`. */
export const ReopenRequestSchema = v.object({
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  reason: v.pipe(v.string(), v.trim(), v.minLength(1, 'ange varför analysen öppnas igen'), v.maxLength(1000)),
});
export type ReopenRequest = v.InferOutput<typeof ReopenRequestSchema>;

/** `GET /api/cases/:id/analysis/versions/:n`: a locked version's content as one Yjs update. */
export const VersionContentSchema = v.object({
  ...VersionSummarySchema.entries,
  update: base64,
});
export type VersionContent = v.InferOutput<typeof VersionContentSchema>;
