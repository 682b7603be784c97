import * as Y from 'yjs';
import * as v from 'valibot';
import type { Identity } from '../../../src/protocol/identity';
import { parseRoomName } from '../../../src/protocol/rooms';
import { parseCaseEvents, deriveStatus } from '../../../src/domain/caseEvents';
import {
  decideProposal,
  loggedEvent,
  ProposedEventSchema,
  REFUSALS_ARRAY,
  sidesOf,
  type LoggedActor,
  type LogRefusal,
} from '../../../src/domain/caseLog';
import { validateEscalation } from '../../../src/domain/escalation';
import { regionProfile } from '../../../src/domain/regionProfiles';
import { CASE_ACTIONS, nextStatus, type CaseStatus } from '../../../src/domain/status';
import type { RegionProfile } from '../../../src/domain/regionProfile';
import type { CaseRecord, CaseLogStore, CaseStore, DirectoryStore } from '../store/types';
import { chainHash, logEntryJson } from './logHash';

/** The Yjs client id the relay writes the log with; no device may write under it. */
export const RELAY_CLIENT_ID = 1;

const EVENTS = 'events';
const ESCALATIONS = 'escalations';
const KNOWN = new Set([EVENTS, ESCALATIONS, REFUSALS_ARRAY]);

/** Decides what a device's write to a case-log room becomes; null stores and relays nothing. */
export type WriteGate = (
  room: string,
  state: Uint8Array,
  update: Uint8Array,
  from: Identity,
) => Promise<Uint8Array | null>;

export interface CaseLogGateDeps {
  store: CaseStore & CaseLogStore & Pick<DirectoryStore, 'getOrg'>;
  now?: () => number;
  /** A write refused whole (it touched the relay's entries): by device and room, never content. */
  onTampered?: (room: string, deviceId: string, why: string) => void;
}

const EscalationProposalSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  forum: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  summary: v.pipe(v.string(), v.maxLength(5000)),
  at: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

/**
 * The relay's authority over a case's log. A device's write to `<case>.events` is applied to
 * the room's state; every entry it adds is taken out again, and what it proposed is logged
 * (stamped with the token's person, the relay's time and the next sequence number, appended to
 * the hash-chained case log) or refused with its reason, in the same change. What is stored and
 * relayed is that change: other devices never see a raw entry. A write that removes or forges
 * the relay's own entries, or adds anything else, is refused whole.
 */
export function createCaseLogGate(deps: CaseLogGateDeps): WriteGate {
  const now = deps.now ?? Date.now;
  return async (room, state, update, from) => {
    const parsed = parseRoomName(room);
    if (!parsed || parsed.part !== 'events') return update;
    const record = await deps.store.getCase(parsed.caseId);
    if (!record) return null;
    if (writesAsRelay(update)) return refuse(deps, room, from, 'skriver som reläet');
    const doc = new Y.Doc({ guid: 'relay-case-log' });
    try {
      Y.applyUpdate(doc, state);
      const before = Y.encodeStateVector(doc);
      Y.applyUpdate(doc, update);
      // Set after applying: Yjs gives a doc a new client id when a remote update carries its own.
      doc.clientID = RELAY_CLIENT_ID;
      const problem = tampering(doc);
      if (problem) return refuse(deps, room, from, problem);
      const raw = { events: takeRaw(doc, EVENTS), escalations: takeRaw(doc, ESCALATIONS) };
      const strays = takeRaw(doc, REFUSALS_ARRAY);
      // A device's sync answer holds its delete set: nothing new, so nothing to store.
      const added = raw.events.entries.length + raw.escalations.entries.length + strays.entries.length;
      if (added === 0 && sameVector(before, Y.encodeStateVector(doc))) return null;
      // Escalations are checked against the escalating organisation's region profile.
      const profile =
        raw.escalations.entries.length > 0 ? regionProfile((await deps.store.getOrg(from.orgId))?.profileId) : null;
      const log = new LogWriter(deps, doc, record, from, now, profile);
      doc.transact(() => {
        for (const entry of raw.events.entries) log.queueEvent(entry);
        for (const entry of raw.escalations.entries) log.queueEscalation(entry);
        raw.events.remove();
        raw.escalations.remove();
        strays.remove();
      });
      await log.flush();
      return Y.encodeStateAsUpdate(doc, before);
    } finally {
      doc.destroy();
    }
  };
}

function sameVector(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

function refuse(deps: CaseLogGateDeps, room: string, from: Identity, why: string): null {
  deps.onTampered?.(room, from.deviceId, why);
  return null;
}

/** Whether the update carries items under the relay's client id (forged log entries). */
function writesAsRelay(update: Uint8Array): boolean {
  return Y.decodeUpdate(update).structs.some((s) => s.id.client === RELAY_CLIENT_ID);
}

/** What is wrong with the doc after a device's write, if anything: the relay's entries are kept, nothing else is added. */
function tampering(doc: Y.Doc): string | null {
  for (const key of doc.share.keys()) if (!KNOWN.has(key)) return 'okänd typ i loggen';
  for (const key of KNOWN) {
    const array = doc.getArray(key);
    for (let item = array._start; item; item = item.right)
      if (item.id.client === RELAY_CLIENT_ID && item.deleted) return 'tar bort ur loggen';
  }
  return null;
}

/** The live entries no relay wrote, in order, and a way to remove them (inside a transaction). */
function takeRaw(doc: Y.Doc, key: string): { entries: unknown[]; remove(): void } {
  const array = doc.getArray<unknown>(key);
  const entries: unknown[] = [];
  const ranges: [number, number][] = [];
  let index = 0;
  for (let item = array._start; item; item = item.right) {
    if (item.deleted || !item.countable) continue;
    if (item.id.client !== RELAY_CLIENT_ID) {
      entries.push(...item.content.getContent());
      ranges.push([index, item.length]);
    }
    index += item.length;
  }
  return {
    entries,
    remove: () => {
      for (const [at, length] of ranges.reverse()) array.delete(at, length);
    },
  };
}

/** Builds the relay's entries for one write: logged events, escalations and refusals. */
class LogWriter {
  private status: CaseStatus;
  /** Ids the log holds already (a device may send a proposal again before it hears back). */
  private readonly loggedIds: Set<string>;
  private readonly pending: { build: (seq: number) => { kind: string; value: object }; key: string }[] = [];
  private readonly actor: LoggedActor;
  private lastAt: number;

  constructor(
    private readonly deps: CaseLogGateDeps,
    private readonly doc: Y.Doc,
    private readonly record: CaseRecord,
    private readonly who: Identity,
    private readonly now: () => number,
    private readonly profile: RegionProfile | null,
  ) {
    const logged = parseCaseEvents(doc.getArray(EVENTS).toArray()).filter((e) => e.seq !== undefined);
    this.loggedIds = new Set(logged.map((e) => e.id));
    this.status = deriveStatus(logged);
    this.lastAt = logged.reduce((latest, e) => Math.max(latest, e.at), 0);
    this.actor = {
      personId: who.personId,
      name: who.personName,
      role: who.role,
      unitId: who.unitId,
      unit: who.unitName,
      orgId: who.orgId,
      organisation: who.orgName,
    };
  }

  private time(): number {
    this.lastAt = Math.max(this.now(), this.lastAt + 1);
    return this.lastAt;
  }

  queueEvent(raw: unknown): void {
    const result = v.safeParse(ProposedEventSchema, raw);
    if (!result.success) return this.refuse(raw, 'malformed');
    const proposal = result.output;
    if (this.loggedIds.has(proposal.id)) return;
    const refusal = decideProposal(this.who, this.record, this.status, proposal);
    if (refusal) return this.refuse(raw, refusal);
    const at = this.time();
    this.loggedIds.add(proposal.id);
    // decideProposal has checked that the action moves the case.
    this.status = nextStatus(this.status, proposal.action)!;
    this.pending.push({
      key: EVENTS,
      build: (seq) => ({ kind: 'event', value: loggedEvent(proposal, this.actor, seq, at) }),
    });
  }

  queueEscalation(raw: unknown): void {
    const result = v.safeParse(EscalationProposalSchema, raw);
    if (!result.success) return this.refuse(raw, 'malformed', 'escalate');
    const proposal = result.output;
    // Logged already (the raw entry itself is still in the array, without a seq).
    const escalated = this.doc.getArray<{ id?: unknown; seq?: unknown }>(ESCALATIONS).toArray();
    if (escalated.some((e) => e.id === proposal.id && e.seq !== undefined)) return;
    if (sidesOf(this.who, this.record).length === 0) return this.refuse(raw, 'not_participant', 'escalate');
    // The forum and the summary are checked with the rules the app uses.
    const problem = validateEscalation(
      { role: this.who.role, forum: proposal.forum, summary: proposal.summary },
      this.profile!,
    );
    if (problem)
      return this.refuse(raw, problem === 'not_allowed_for_role' ? 'not_allowed_for_role' : 'malformed', 'escalate');
    const at = this.time();
    this.pending.push({
      key: ESCALATIONS,
      build: (seq) => ({
        kind: 'escalation',
        value: { ...proposal, summary: proposal.summary.trim(), seq, at, deviceAt: proposal.at, actor: this.actor },
      }),
    });
  }

  private refuse(raw: unknown, reason: LogRefusal, kind?: 'escalate'): void {
    const entry = raw as { id?: unknown; action?: unknown };
    const action = kind ?? entry?.action;
    if (typeof entry?.id !== 'string' || entry.id.length === 0 || entry.id.length > 64) return;
    if (!(CASE_ACTIONS as readonly unknown[]).includes(action) && action !== 'escalate') return;
    this.doc
      .getArray(REFUSALS_ARRAY)
      .push([{ eventId: entry.id, action, reason, at: this.time(), personId: this.who.personId }]);
  }

  /** Appends the accepted entries to the case log (chained, in order) and to the doc. */
  async flush(): Promise<void> {
    const caseId = this.record.caseId;
    for (const { key, build } of this.pending) {
      let value: object | null = null;
      await this.deps.store.appendLogEntry(
        caseId,
        (seq) => {
          const built = build(seq);
          value = built.value;
          return logEntryJson(caseId, built.kind, built.value);
        },
        chainHash,
      );
      this.doc.transact(() => this.doc.getArray(key).push([value]));
    }
  }
}
