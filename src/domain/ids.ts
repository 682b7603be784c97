import * as v from 'valibot';

/** Case ids are random UUIDs created on the device that starts the report. */
export const CaseIdSchema = v.pipe(v.string(), v.uuid('ogiltigt ärende-id'), v.brand('CaseId'));
export type CaseId = v.InferOutput<typeof CaseIdSchema>;

/** Unit and organisation ids are short slugs handed out by the directory (later: the relay). */
const slug = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'ogiltigt id'));
export const UnitIdSchema = v.pipe(slug, v.brand('UnitId'));
export type UnitId = v.InferOutput<typeof UnitIdSchema>;
export const OrgIdSchema = v.pipe(slug, v.brand('OrgId'));
export type OrgId = v.InferOutput<typeof OrgIdSchema>;

/** Returns a CaseId, or null when the text is not one. */
export function parseCaseId(text: string): CaseId | null {
  const result = v.safeParse(CaseIdSchema, text);
  return result.success ? result.output : null;
}

/** Mints a fresh CaseId; the caller supplies randomness so the domain stays platform-free. */
export function newCaseId(randomUUID: () => string): CaseId {
  return v.parse(CaseIdSchema, randomUUID());
}
