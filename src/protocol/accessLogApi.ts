import * as v from 'valibot';

/** One row of an organisation's access log, as the relay sends it to its coordinator. */
export const AccessRowSchema = v.object({
  id: v.number(),
  at: v.number(),
  kind: v.picklist(['join', 'read', 'enroll']),
  personId: v.nullable(v.string()),
  personName: v.nullable(v.string()),
  role: v.nullable(v.string()),
  unitId: v.nullable(v.string()),
  orgId: v.nullable(v.string()),
  caseId: v.nullable(v.string()),
  part: v.nullable(v.string()),
  granted: v.boolean(),
  code: v.nullable(v.number()),
});
export type AccessRow = v.InferOutput<typeof AccessRowSchema>;

export const AccessLogResponseSchema = v.object({ rows: v.array(AccessRowSchema), more: v.boolean() });
export type AccessLogResponse = v.InferOutput<typeof AccessLogResponseSchema>;

/** The filters of `GET /api/access-log`, as query parameters. */
export const AccessLogQuerySchema = v.object({
  case: v.optional(v.pipe(v.string(), v.uuid('ärende-id:t är inte ett giltigt UUID'))),
  person: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(64))),
  since: v.optional(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'datum ska skrivas ÅÅÅÅ-MM-DD'))),
});
export type AccessLogQuery = v.InferOutput<typeof AccessLogQuerySchema>;
