import { hasBlockingPii } from '../../../src/domain/piiGuard';
import { mayReopen } from '../../../src/domain/analysisRules';
import type { IncomingMessage } from 'node:http';
import { fromBase64, toBase64 } from 'lib0/buffer';
import {
  ReopenRequestSchema,
  SignoffRequestSchema,
  TeamRequestSchema,
  type TeamEntry,
  type VersionContent,
} from '../../../src/protocol/analysisApi';
import type { Identity } from '../../../src/protocol/identity';
import { roomName } from '../../../src/protocol/rooms';
import { caseAccess, isCaseLead } from '../acl/caseAccess';
import { signingOrgIds, toStatus, toVersionSummary } from '../analysis/analysisStatus';
import { decodeVector } from '../analysis/stateVectors';
import { signOff, type SignoffError } from '../analysis/signOff';
import { TEAM_ERROR_MESSAGES, validateTeam } from '../analysis/teamRules';
import type { Room } from '../rooms/room';
import type { RoomRegistry } from '../rooms/roomRegistry';
import type { AnalysisRecord, CaseRecord, RelayStore } from '../store/types';
import { HttpError, parseBody, readJson, type Route } from './jsonIo';

export interface AnalysisRouteDeps {
  store: RelayStore;
  registry: RoomRegistry;
  authenticate(req: IncomingMessage): Promise<Identity>;
}

/** A state vector of a long-lived analysis names every client that ever wrote: allow room for it. */
const SIGNOFF_MAX_BYTES = 512 * 1024;

const forbidden = (message: string) => new HttpError(403, 'forbidden', message);
const notStarted = () => new HttpError(404, 'not_started', 'Analysen är inte påbörjad.');
const WRONG_VERSION = 'Analysen har en annan version nu. Läs den senaste och försök igen.';
const SIGNOFF_ERRORS: Record<SignoffError, [number, string, string]> = {
  not_signer: [403, 'forbidden', 'Bara den som skriver under för din organisation i teamet kan skriva under.'],
  locked: [409, 'locked', 'Analysen är redan underskriven och låst.'],
  wrong_version: [409, 'wrong_version', WRONG_VERSION],
  stale: [
    409,
    'stale',
    'Analysen har ändrats sedan du läste den. Läs igenom den senaste versionen och skriv under igen.',
  ],
};

/**
 * The joint analysis: team, sign-off, lock and reopen. Every change runs exclusively in the
 * analysis room's write order (`RoomRegistry.exclusive`), so changes to one analysis never
 * interleave, and no edit slips in between a sign-off's check and the lock it takes.
 */
export function analysisRoutes(deps: AnalysisRouteDeps): Record<string, Route> {
  const { store } = deps;

  /** The case, if the caller takes part in its analysis; otherwise 403 (a 404 would tell that it exists). */
  const caseFor = async (identity: Identity, match: RegExpMatchArray): Promise<CaseRecord> => {
    const record = await store.getCase(match[1]!.toLowerCase());
    if (!record || caseAccess(identity, record, 'analysis') === 'none')
      throw forbidden('Du har ingen behörighet till ärendets analys.');
    return record;
  };
  const inRoom = <T>(record: CaseRecord, fn: (room: Room) => Promise<T>) =>
    deps.registry.exclusive(roomName(record.caseId, 'analysis'), fn);
  const existing = async (caseId: string): Promise<AnalysisRecord> => {
    const analysis = await store.getAnalysis(caseId);
    if (!analysis) throw notStarted();
    return analysis;
  };
  const answer = async (record: CaseRecord, analysis: AnalysisRecord): Promise<[number, unknown]> => [
    200,
    toStatus(record, analysis, await store.listAnalysisVersions(record.caseId)),
  ];
  const isCommissioner = (identity: Identity, analysis: AnalysisRecord | null) =>
    analysis?.team.some((m) => m.commissioner && m.personId === identity.personId) === true;
  const requireSubmitted = (record: CaseRecord) => {
    if (record.receivingOrgId === null) throw new HttpError(409, 'not_submitted', 'Ärendet är inte skickat än.');
  };

  return {
    'GET /api/cases/:id/people': async (req, _url, match) => {
      const identity = await deps.authenticate(req);
      const record = await caseFor(identity, match);
      if (!isCaseLead(identity, record) && !isCommissioner(identity, await store.getAnalysis(record.caseId)))
        throw forbidden('Bara chefer och samordnare i ärendet, och uppdragsgivaren, ser vilka som kan ingå i teamet.');
      requireSubmitted(record);
      return [200, { people: await store.listPeople(signingOrgIds(record)) }];
    },

    'PUT /api/cases/:id/analysis/team': async (req, _url, match) => {
      const identity = await deps.authenticate(req);
      const { team } = parseBody(TeamRequestSchema, await readJson(req));
      const record = await caseFor(identity, match);
      return inRoom(record, async () => {
        const current = await store.getAnalysis(record.caseId);
        if (!isCaseLead(identity, record) && !isCommissioner(identity, current))
          throw forbidden('Bara chefer och samordnare i ärendet, och uppdragsgivaren, kan sätta ihop analysteamet.');
        requireSubmitted(record);
        const orgs = signingOrgIds(record);
        const people = await store.listPeople(orgs);
        const error = validateTeam(team, people, orgs);
        if (error) throw new HttpError(400, error, TEAM_ERROR_MESSAGES[error]);
        const byId = new Map(people.map((p) => [p.personId, p]));
        const entries: TeamEntry[] = team.map((m) => {
          const { name, orgId, unitId } = byId.get(m.personId)!;
          return { ...m, name, orgId, unitId };
        });
        // A signature counts only while its signer still signs for that organisation; a locked
        // version keeps the signatures it was locked with.
        const signatures = (current?.signatures ?? []).filter(
          (s) => current?.locked || entries.some((m) => m.signer && m.personId === s.personId && m.orgId === s.orgId),
        );
        const saved = await store.saveAnalysisTeam(record.caseId, {
          team: entries,
          signatures,
          startedBy: identity.personId,
          startedAt: Date.now(),
        });
        return answer(record, saved);
      });
    },

    'GET /api/cases/:id/analysis': async (req, _url, match) => {
      const identity = await deps.authenticate(req);
      const record = await caseFor(identity, match);
      return answer(record, await existing(record.caseId));
    },

    'POST /api/cases/:id/analysis/signoff': async (req, _url, match) => {
      const identity = await deps.authenticate(req);
      const body = parseBody(SignoffRequestSchema, await readJson(req, SIGNOFF_MAX_BYTES));
      const seen = decodeVector(fromBase64(body.stateVector));
      if (!seen) throw new HttpError(400, 'invalid', 'Ogiltig förfrågan: tillståndsvektorn går inte att läsa.');
      const record = await caseFor(identity, match);
      return inRoom(record, async (room) => {
        const analysis = await existing(record.caseId);
        const result = await signOff({ store, room, record, analysis, identity, body, seen });
        if (!result.ok) throw new HttpError(...SIGNOFF_ERRORS[result.error]);
        return answer(record, result.analysis);
      });
    },

    'POST /api/cases/:id/analysis/reopen': async (req, _url, match) => {
      const identity = await deps.authenticate(req);
      const body = parseBody(ReopenRequestSchema, await readJson(req));
      // The reason is shown to both organisations: the relay refuses an identity number in it too.
      if (hasBlockingPii(body.reason))
        throw new HttpError(
          400,
          'personal_data',
          'Skälet innehåller ett personnummer eller liknande. Det syns för båda organisationerna: ta bort det först.',
        );
      const record = await caseFor(identity, match);
      return inRoom(record, async (room) => {
        const analysis = await existing(record.caseId);
        if (!analysis.locked) throw new HttpError(409, 'not_locked', 'Analysen är inte låst.');
        // The app's rule, so it never offers a button the relay refuses (the commissioner may reopen too).
        if (!mayReopen(analysis, identity.personId, isCaseLead(identity, record)))
          throw forbidden(
            'Bara den som skriver under, uppdragsgivaren, eller en chef eller samordnare i ärendet, kan öppna analysen igen.',
          );
        if (body.version !== analysis.version) throw new HttpError(409, 'wrong_version', WRONG_VERSION);
        const reopened = {
          personId: identity.personId,
          name: identity.personName,
          at: Date.now(),
          reason: body.reason,
        };
        const saved = await store.reopenAnalysis(record.caseId, reopened);
        room.unlock();
        return answer(record, saved);
      });
    },

    'GET /api/cases/:id/analysis/versions/:n': async (req, _url, match) => {
      const identity = await deps.authenticate(req);
      const record = await caseFor(identity, match);
      const version = await store.getAnalysisVersion(record.caseId, Number(match[2]));
      if (!version) throw new HttpError(404, 'no_version', 'Den versionen av analysen finns inte.');
      const content: VersionContent = { ...toVersionSummary(version), update: toBase64(version.snapshot) };
      return [200, content];
    },
  };
}
