import { resolve } from 'node:path';
import * as v from 'valibot';
import { ORG_TYPES } from '../../src/protocol/identity';

/** Environment configuration, validated: a typo stops the start with a clear message. */
const EnvSchema = v.object({
  PORT: v.optional(v.pipe(v.string(), v.toNumber(), v.integer(), v.minValue(0), v.maxValue(65535)), '8080'),
  DATA_DIR: v.optional(v.pipe(v.string(), v.minLength(1)), './data'),
  DIST_DIR: v.optional(v.pipe(v.string(), v.minLength(1)), './dist'),
  BOOTSTRAP_ORG_NAME: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(100)), 'Min organisation'),
  BOOTSTRAP_ORG_TYPE: v.optional(v.picklist(ORG_TYPES), 'kommun'),
  BOOTSTRAP_PROFILE: v.optional(v.string(), 'goteborgsomradet'),
  /** How long the access log is kept (PDL: follow-up needs it; keep no longer than decided). */
  ACCESS_LOG_RETENTION_DAYS: v.optional(
    v.pipe(v.string(), v.toNumber(), v.integer(), v.minValue(1), v.maxValue(3650)),
    '730',
  ),
});

export interface RelayConfig {
  port: number;
  dataDir: string;
  distDir: string;
  bootstrap: { orgName: string; orgType: (typeof ORG_TYPES)[number]; profileId: string };
  accessLogRetentionDays: number;
}

export function readConfig(env: NodeJS.ProcessEnv): RelayConfig {
  const result = v.safeParse(EnvSchema, env);
  if (!result.success) throw new Error(`Felaktig konfiguration: ${v.summarize(result.issues)}`);
  const e = result.output;
  return {
    port: Number(e.PORT),
    dataDir: resolve(e.DATA_DIR),
    distDir: resolve(e.DIST_DIR),
    bootstrap: { orgName: e.BOOTSTRAP_ORG_NAME, orgType: e.BOOTSTRAP_ORG_TYPE, profileId: e.BOOTSTRAP_PROFILE },
    accessLogRetentionDays: Number(e.ACCESS_LOG_RETENTION_DAYS),
  };
}

export const DATABASE_FILE = 'samverka.sqlite';
