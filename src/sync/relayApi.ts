import { AccessLogResponseSchema, type AccessLogQuery } from '../protocol/accessLogApi';
import * as v from 'valibot';
import {
  AnalysisStatusSchema,
  PeopleResponseSchema,
  VersionContentSchema,
  type TeamMember,
} from '../protocol/analysisApi';
import {
  ApiErrorSchema,
  CaseListingSchema,
  CaseSummarySchema,
  DirectorySchema,
  TokenResponseSchema,
  type CaseListing,
  type Directory,
  type TokenResponse,
} from '../protocol/api';

/** Why a call to the relay failed, in words the UI can show. */
export type ApiFailure =
  'offline' | 'bad_code' | 'unauthorized' | 'revoked' | 'forbidden' | 'invalid' | 'too_many' | 'server';

export type ApiResult<T> =
  | { ok: true; value: T }
  /** `code` and `message`: the relay's own error code and (Swedish) explanation, when it sent one. */
  | { ok: false; failure: ApiFailure; status?: number; code?: string; message?: string };

async function call<T extends v.GenericSchema>(
  schema: T,
  path: string,
  init: RequestInit & { token?: string },
): Promise<ApiResult<v.InferOutput<T>>> {
  let response: Response;
  try {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (init.token) headers.Authorization = `Bearer ${init.token}`;
    response = await fetch(path, { ...init, headers, cache: 'no-store' });
  } catch {
    return { ok: false, failure: 'offline' };
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = v.safeParse(ApiErrorSchema, body);
    const code = error.success ? error.output.error : undefined;
    const failure: ApiFailure =
      code === 'bad_code'
        ? 'bad_code'
        : code === 'revoked'
          ? 'revoked'
          : response.status === 401
            ? 'unauthorized'
            : response.status === 403
              ? 'forbidden'
              : response.status === 429
                ? 'too_many'
                : response.status < 500
                  ? 'invalid'
                  : 'server';
    return {
      ok: false,
      failure,
      status: response.status,
      code,
      message: error.success ? error.output.message : undefined,
    };
  }
  const parsed = v.safeParse(schema, body);
  return parsed.success ? { ok: true, value: parsed.output } : { ok: false, failure: 'server' };
}

/** The relay's HTTP API, seen from the app; every answer is validated before use. */
export const relayApi = {
  enroll: (code: string, deviceName: string): Promise<ApiResult<TokenResponse>> =>
    call(TokenResponseSchema, '/api/enroll', { method: 'POST', body: JSON.stringify({ code, deviceName }) }),
  refresh: (token: string): Promise<ApiResult<TokenResponse>> =>
    call(TokenResponseSchema, '/api/token/refresh', { method: 'POST', token }),
  directory: (token: string): Promise<ApiResult<Directory>> =>
    call(DirectorySchema, '/api/directory', { method: 'GET', token }),
  listCases: (token: string, since: number): Promise<ApiResult<CaseListing>> =>
    call(CaseListingSchema, `/api/cases?since=${since}`, { method: 'GET', token }),
  /** Creates a case of this device's person on the relay (idempotent); before any part of it is joined. */
  createCase: (token: string, caseId: string) =>
    call(CaseSummarySchema, `/api/cases/${caseId}`, { method: 'PUT', token }),
  submit: (token: string, caseId: string, receivingUnitId: string) =>
    call(CaseSummarySchema, `/api/cases/${caseId}/submit`, {
      method: 'POST',
      token,
      body: JSON.stringify({ receivingUnitId }),
    }),
  people: (token: string, caseId: string) =>
    call(PeopleResponseSchema, `/api/cases/${caseId}/people`, { method: 'GET', token }),
  analysis: (token: string, caseId: string) =>
    call(AnalysisStatusSchema, `/api/cases/${caseId}/analysis`, { method: 'GET', token }),
  putTeam: (token: string, caseId: string, team: TeamMember[]) =>
    call(AnalysisStatusSchema, `/api/cases/${caseId}/analysis/team`, {
      method: 'PUT',
      token,
      body: JSON.stringify({ team }),
    }),
  signoff: (token: string, caseId: string, version: number, stateVector: string) =>
    call(AnalysisStatusSchema, `/api/cases/${caseId}/analysis/signoff`, {
      method: 'POST',
      token,
      body: JSON.stringify({ version, stateVector }),
    }),
  reopen: (token: string, caseId: string, version: number, reason: string) =>
    call(AnalysisStatusSchema, `/api/cases/${caseId}/analysis/reopen`, {
      method: 'POST',
      token,
      body: JSON.stringify({ version, reason }),
    }),
  /** A single-use ticket for the sync socket (the token stays out of its URL). */
  syncTicket: (token: string) =>
    call(
      v.object({ ticket: v.pipe(v.string(), v.minLength(16), v.maxLength(200)), expiresAt: v.number() }),
      '/api/sync-ticket',
      {
        method: 'POST',
        token,
      },
    ),
  accessLog: (token: string, query: AccessLogQuery) =>
    call(
      AccessLogResponseSchema,
      `/api/access-log?${new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => !!e[1]))}`,
      { method: 'GET', token },
    ),
  version: (token: string, caseId: string, number: number) =>
    call(VersionContentSchema, `/api/cases/${caseId}/analysis/versions/${number}`, { method: 'GET', token }),
};
