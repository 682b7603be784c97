import type { IncomingMessage, ServerResponse } from 'node:http';
import { EnrollRequestSchema, SubmitRequestSchema, type CaseSummary, type Directory } from '../../../src/protocol/api';
import type { Identity } from '../../../src/protocol/identity';
import { caseAccess } from '../acl/caseAccess';
import { parseRoomName, roomName } from '../../../src/protocol/rooms';
import { DEVICE_TOKEN_TTL_MS, enrollDevice, identityFor } from '../auth/enrollment';
import type { TokenIssuer, TokenVerifier } from '../auth/deviceTokens';
import type { RoomRegistry } from '../rooms/roomRegistry';
import type { CaseRecord, RelayStore } from '../store/types';
import { TokenBucket } from '../connections/limits';
import { analysisRoutes } from './analysisRoutes';
import { AccessLogQuerySchema } from '../../../src/protocol/accessLogApi';
import { createEnrollmentGuard } from '../auth/enrollmentGuard';
import type { Logger } from 'pino';
import { accessBy, type RecordAccess } from '../access/accessRecorder';
import type { SyncTickets } from '../auth/syncTickets';
import { bearerToken, HttpError, parseBody as parse, readJson, sendJson, type Route } from './jsonIo';

export interface ApiDeps {
  store: RelayStore;
  issuer: TokenIssuer;
  verifier: TokenVerifier;
  /** The analysis routes lock and unlock rooms, inside their write order. */
  registry: RoomRegistry;
  /** `urgent`: announce now, not at the end of the case's coalescing window. */
  caseChanged(caseId: string, urgent?: boolean): void;
  /** Enrollment attempts are logged (address and outcome, never the code). */
  log?: Pick<Logger, 'info' | 'warn'>;
  /** The access log: reads of case data and enrollment attempts. */
  access?: RecordAccess;
  /** Single-use tickets for opening the multiplexed socket without a token in its URL. */
  tickets?: SyncTickets;
}

const LISTING_PAGE = 500;
/** Access-log rows per answer (filter to see older ones). */
const ACCESS_PAGE = 2000;
/** Routes that read case data (for the access log). */
const READS_CASE_DATA = /^GET \/api\/cases/;
/**
 * New cases per device: a week's backlog from a tablet that was offline comes in at once, a
 * script creating empty cases without end does not.
 */
const CREATE_BURST = 500;
const CREATE_PER_SECOND = 1;

const summary = (c: CaseRecord): CaseSummary => ({
  caseId: c.caseId,
  ownerUnitId: c.ownerUnitId,
  ownerOrgId: c.ownerOrgId,
  receivingUnitId: c.receivingUnitId,
  submittedAt: c.submittedAt,
  seq: c.seq,
  analysis: c.analysis,
});

/** Path parameters: `:id` a case id, `:n` a version number. */
const toRegex = (path: string) =>
  new RegExp(`^${path.replace(':id', '([0-9a-fA-F-]{36})').replace(':n', '([1-9][0-9]{0,8})')}$`);

/**
 * A changed team, signature or lock concerns every device of the case (a new team member gets
 * the case this way): each successful change is announced like an edit.
 */
function announcingChanges(routes: Record<string, Route>, caseChanged: (caseId: string, urgent: boolean) => void) {
  return Object.fromEntries(
    Object.entries(routes).map(([key, route]): [string, Route] => [
      key,
      key.startsWith('GET ')
        ? route
        : async (req, url, match) => {
            const result = await route(req, url, match);
            caseChanged(match[1]!.toLowerCase(), true);
            return result;
          },
    ]),
  );
}

/** The relay's small HTTP API under /api; returns false for paths it does not own. */
export function createApi(deps: ApiDeps) {
  const { store } = deps;
  const enrollments = createEnrollmentGuard();
  const creations = new Map<string, TokenBucket>();
  const mayCreate = (deviceId: string) => {
    let bucket = creations.get(deviceId);
    if (!bucket) creations.set(deviceId, (bucket = new TokenBucket(CREATE_PER_SECOND, CREATE_BURST)));
    return bucket.take();
  };

  // Who made a request, for the access log once the route has answered.
  const requester = new WeakMap<IncomingMessage, Identity>();
  const recordAccess = deps.access ?? (() => undefined);

  async function authenticate(req: IncomingMessage): Promise<Identity> {
    const result = await deps.verifier.verify(bearerToken(req));
    if (!result.ok) {
      const message = result.reason === 'revoked' ? 'Enheten är spärrad.' : 'Enheten behöver kopplas på nytt.';
      throw new HttpError(401, result.reason, message);
    }
    requester.set(req, result.identity);
    return result.identity;
  }

  const routes: Record<string, Route> = {
    'POST /api/enroll': async (req) => {
      const address = req.socket.remoteAddress ?? 'okänd';
      const gate = enrollments.check(address);
      const attempt = (granted: boolean, code: number | null, identity?: Identity) =>
        recordAccess({
          ...(identity
            ? accessBy(identity, { kind: 'enroll', caseId: null, part: null, granted, code })
            : {
                at: Date.now(),
                kind: 'enroll',
                deviceId: null,
                personId: null,
                personName: null,
                role: null,
                unitId: null,
                orgId: null,
                caseId: null,
                part: null,
                granted,
                code,
              }),
          address,
        });
      if (!gate.ok) {
        attempt(false, 429);
        deps.log?.warn({ address, outcome: 'rate_limited' }, 'koppling nekad: för många försök');
        throw new HttpError(429, 'too_many', 'För många försök att koppla. Vänta en stund och försök igen.', {
          'Retry-After': String(gate.retryAfterSeconds),
        });
      }
      const body = parse(EnrollRequestSchema, await readJson(req));
      const enrolled = await enrollDevice(store, deps.issuer, body.code, body.deviceName);
      if (!enrolled) {
        enrollments.failed(address);
        attempt(false, 401);
        deps.log?.warn({ address, outcome: 'bad_code' }, 'koppling misslyckades: fel kod');
        throw new HttpError(401, 'bad_code', 'Koden är fel, redan använd eller för gammal.');
      }
      attempt(true, null, enrolled.identity);
      deps.log?.info(
        { address, outcome: 'enrolled', deviceId: enrolled.identity.deviceId, personId: enrolled.identity.personId },
        'app kopplad',
      );
      return [200, enrolled];
    },
    'POST /api/token/refresh': async (req) => {
      const identity = await authenticate(req);
      const device = await store.getDevice(identity.deviceId);
      const fresh = device ? await identityFor(store, device) : null;
      if (!fresh) throw new HttpError(401, 'unknown_device', 'Enheten är okänd.');
      return [200, { ...(await deps.issuer.issue(fresh, DEVICE_TOKEN_TTL_MS)), identity: fresh }];
    },
    'GET /api/me': async (req) => [200, await authenticate(req)],
    // A ticket for `/sync-multi?ticket=…`: the device token stays in the Authorization header.
    'POST /api/sync-ticket': async (req) => {
      await authenticate(req);
      if (!deps.tickets) throw new HttpError(404, 'not_found', 'Okänd adress.');
      return [200, deps.tickets.issue(bearerToken(req)!)];
    },
    // The organisation's coordinator follows up access to its cases (PDL 4 kap. 3 §).
    'GET /api/access-log': async (req, url) => {
      const identity = await authenticate(req);
      if (identity.role !== 'coordinator')
        throw new HttpError(403, 'forbidden', 'Åtkomstloggen är till för organisationens samordnare.');
      const query = parse(AccessLogQuerySchema, Object.fromEntries(url.searchParams));
      const rows = await store.listAccess({
        orgId: identity.orgId,
        caseId: query.case?.toLowerCase(),
        personId: query.person,
        since: query.since ? Date.parse(`${query.since}T00:00:00+01:00`) : undefined,
        limit: ACCESS_PAGE + 1,
      });
      const shown = rows.slice(0, ACCESS_PAGE).map(({ deviceId: _d, address: _a, ...row }) => row);
      return [200, { rows: shown, more: rows.length > ACCESS_PAGE }];
    },
    'GET /api/directory': async (req) => {
      await authenticate(req);
      const [orgs, units] = await Promise.all([store.listOrgs(), store.listUnits()]);
      const directory: Directory = {
        organisations: orgs.map((o) => ({
          ...o,
          units: units.filter((u) => u.orgId === o.id).map(({ id, name }) => ({ id, name })),
        })),
      };
      return [200, directory];
    },
    'GET /api/cases': async (req, url) => {
      const identity = await authenticate(req);
      const since = Number.parseInt(url.searchParams.get('since') ?? '0', 10) || 0;
      const leads = identity.role !== 'staff';
      const rows = await store.listChangedCases(since, LISTING_PAGE, {
        personId: identity.personId,
        unitIds: leads ? [identity.unitId] : [],
        orgIds: identity.role === 'coordinator' ? [identity.orgId] : [],
      });
      const visible = rows.filter((c) => caseAccess(identity, c, 'events') !== 'none');
      return [
        200,
        { cases: visible.map(summary), cursor: rows.at(-1)?.seq ?? since, more: rows.length === LISTING_PAGE },
      ];
    },
    // A case exists on the relay before any part of it is joined: its author's device creates it
    // (again and again is fine), and an id that is someone else's case is refused.
    'PUT /api/cases/:id': async (req, _url, match) => {
      const identity = await authenticate(req);
      const caseId = match[1]!.toLowerCase();
      if (!parseRoomName(caseId)) throw new HttpError(400, 'bad_id', 'Ärende-id:t är inte ett giltigt UUID.');
      const existing = await store.getCase(caseId);
      if (existing) {
        if (existing.authorPersonId !== identity.personId)
          throw new HttpError(409, 'taken', 'Ärende-id:t används redan av ett annat ärende.');
        return [200, summary(existing)];
      }
      if (!mayCreate(identity.deviceId))
        throw new HttpError(429, 'too_many', 'För många nya ärenden från enheten. Försök igen om en stund.');
      const created = await store.createCase({
        caseId,
        ownerUnitId: identity.unitId,
        ownerOrgId: identity.orgId,
        authorPersonId: identity.personId,
        receivingUnitId: null,
        receivingOrgId: null,
        submittedAt: null,
        createdAt: Date.now(),
      });
      // Two creations at once: the store keeps the first, and only its author gets the case.
      if (created.authorPersonId !== identity.personId)
        throw new HttpError(409, 'taken', 'Ärende-id:t används redan av ett annat ärende.');
      deps.caseChanged(caseId);
      return [201, summary(created)];
    },
    'POST /api/cases/:id/submit': async (req, _url, match) => {
      const identity = await authenticate(req);
      const { receivingUnitId } = parse(SubmitRequestSchema, await readJson(req));
      const record = await store.getCase(match[1]!.toLowerCase());
      if (!record || caseAccess(identity, record, 'report') !== 'write') {
        throw new HttpError(403, 'forbidden', 'Du kan inte skicka det här ärendet.');
      }
      const unit = await store.getUnit(receivingUnitId);
      if (!unit) throw new HttpError(400, 'unknown_unit', 'Den mottagande enheten finns inte i katalogen.');
      if (unit.id === record.ownerUnitId)
        throw new HttpError(400, 'own_unit', 'Avvikelsen kan inte skickas till den egna enheten.');
      if (record.receivingUnitId !== null && record.receivingUnitId !== unit.id) {
        throw new HttpError(409, 'already_submitted', 'Ärendet är redan skickat till en annan enhet.');
      }
      // Before the receiving unit can read a byte of it: the report and its log are compacted, so
      // text the author deleted (an identity number replaced) is gone from the rows it is served from.
      for (const part of ['report', 'events'] as const)
        await deps.registry.exclusive(roomName(record.caseId, part), (room) => room.compactNow());
      const updated = await store.markSubmitted(record.caseId, unit.id, unit.orgId, Date.now());
      deps.caseChanged(record.caseId, true);
      return [200, summary(updated)];
    },
    ...announcingChanges(analysisRoutes({ store, registry: deps.registry, authenticate }), deps.caseChanged),
  };

  const patterns = Object.keys(routes).map((key) => {
    const [method, path] = key.split(' ') as [string, string];
    return { key, method, regex: toRegex(path) };
  });

  return async function handleApi(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://relay');
    } catch {
      sendJson(res, 400, { error: 'bad_url', message: 'Ogiltig adress.' });
      return true;
    }
    if (!url.pathname.startsWith('/api/')) return false;
    const route = patterns.find((p) => p.method === req.method && p.regex.test(url.pathname));
    const match = route ? url.pathname.match(route.regex) : null;
    // Reads of case data go to the access log, granted or refused (a listing as one read).
    const logRead = (granted: boolean, code: number | null) => {
      const identity = requester.get(req);
      if (!identity || req.method !== 'GET' || !route || !READS_CASE_DATA.test(route.key)) return;
      const caseId = route.key.includes(':id') ? match![1]!.toLowerCase() : null;
      const part = route.key === 'GET /api/cases' ? 'listing' : route.key.split('/').slice(4).join('/') || 'case';
      recordAccess(accessBy(identity, { kind: 'read', caseId, part, granted, code }));
    };
    try {
      if (!route) throw new HttpError(404, 'not_found', 'Okänd adress.');
      const [status, body] = await routes[route.key]!(req, url, match!);
      logRead(true, null);
      sendJson(res, status, body);
    } catch (error) {
      if (error instanceof HttpError) logRead(false, error.status);
      if (error instanceof HttpError)
        sendJson(res, error.status, { error: error.code, message: error.message }, error.headers);
      else {
        sendJson(res, 500, { error: 'internal', message: 'Internt fel i servern.' });
        throw error;
      }
    }
    return true;
  };
}
