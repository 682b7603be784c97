import { createMemo, createSignal, onCleanup, type Accessor } from 'solid-js';
import { deriveAuditTrail } from '../domain/auditTrail';
import { causalTimestamp, deriveStatus } from '../domain/caseEvents';
import { checkAction, eventsFor, offeredActions, type Actor } from '../domain/caseActionRules';
import type { AnswerTextField } from '../domain/answer';
import type { CaseAction } from '../domain/status';
import type { OpenCaseDocs } from '../storage/caseDocs';
import { appendEscalation, appendEvent, readEscalations } from '../storage/eventLog';
import { readRefusals } from '../storage/refusalLog';
import { validateEscalation, type EscalationProblem } from '../domain/escalation';
import type { RegionProfile } from '../domain/regionProfile';
import {
  editAnswerText,
  readAnswer,
  releaseAnswerText,
  replaceAnswerTextRange,
  setJointAnalysisNeeded,
} from '../storage/answerDoc';
import { readAuthorPersonId } from '../storage/reportDoc';
import type { ReportEditor } from './createReportDraft';
import { enrollment } from './syncSignals';

/**
 * The review side of an open case: who this device acts as, what it may do now, the answer,
 * and the audit trail. Actions are appended to the case's event log, which syncs like any edit.
 */
export function createCaseReview(docs: OpenCaseDocs, editor: ReportEditor) {
  const [answer, setAnswer] = createSignal(readAnswer(docs.answer));
  const onAnswer = () => setAnswer(readAnswer(docs.answer));
  docs.answer.on('update', onAnswer);
  onCleanup(() => docs.answer.off('update', onAnswer));

  const [escalations, setEscalations] = createSignal(readEscalations(docs.events));
  // What the relay refused of the actions proposed (this device's and others'): shown, never dropped.
  const [refusals, setRefusals] = createSignal(readRefusals(docs.events));
  const onEvents = () => {
    setEscalations(readEscalations(docs.events));
    setRefusals(readRefusals(docs.events));
  };
  docs.events.on('update', onEvents);
  onCleanup(() => docs.events.off('update', onEvents));

  const status = createMemo(() => deriveStatus(editor.events()));
  const trail = createMemo(() => deriveAuditTrail(editor.events()));
  const actor: Accessor<Actor> = createMemo((): Actor => {
    const identity = enrollment()?.identity;
    // A device that is not enrolled is its reporter's own tablet.
    if (!identity) return { role: 'staff', side: 'sender', isAuthor: true };
    const report = editor.draft();
    const receiver =
      identity.unitId === report.receivingUnitId ||
      (identity.role === 'coordinator' && identity.orgId === report.receivingOrgId);
    return {
      role: identity.role,
      side: receiver ? 'receiver' : 'sender',
      isAuthor: identity.personId === readAuthorPersonId(docs.report),
    };
  });
  const offered = createMemo(() => offeredActions(actor(), status()).filter((a) => a !== 'submit'));

  const actorRecord = () => {
    const identity = enrollment()?.identity;
    const report = editor.draft();
    return identity
      ? { name: identity.personName, role: identity.role, unit: identity.unitName, organisation: identity.orgName }
      : {
          name: report.reporterName ?? '',
          role: report.reporterRole ?? '',
          unit: report.reporterUnit ?? '',
          organisation: report.reporterOrganisation ?? '',
        };
  };

  return {
    caseId: docs.id,
    answer,
    escalations,
    refusals,
    /** The refusals of this person's own proposals (her other devices' too). */
    ownRefusals: () => {
      const personId = enrollment()?.identity.personId;
      return personId ? refusals().filter((r) => r.personId === personId) : [];
    },
    /** Escalates the case as a system failure; returns the problem when it is not allowed. */
    escalate(forum: string, summary: string, profile: Pick<RegionProfile, 'forums'>): EscalationProblem | null {
      const problem = validateEscalation({ role: actor().role, forum, summary }, profile);
      if (problem) return problem;
      appendEscalation(docs.events, {
        id: crypto.randomUUID(),
        forum,
        summary: summary.trim(),
        at: Date.now(),
        actor: actorRecord(),
      });
      return null;
    },
    status,
    trail,
    actor,
    offered,
    editAnswer: (field: AnswerTextField, value: string, cursor?: number) =>
      editAnswerText(docs.answer, field, value, cursor),
    replaceInAnswer: (field: AnswerTextField, start: number, end: number, insert: string) =>
      replaceAnswerTextRange(docs.answer, field, start, end, insert),
    /** Shares an answer edit held on this device since `base` (see primitives/heldText). */
    releaseAnswer: (field: AnswerTextField, base: string, held: string) =>
      releaseAnswerText(docs.answer, field, base, held),
    setJointAnalysisNeeded: (value: 'yes' | 'no') => setJointAnalysisNeeded(docs.answer, value),
    /**
     * Records an action; returns the refusal when it is not allowed. Answering a case not yet
     * acknowledged records the acknowledgement just before the answer (caseActionRules.eventsFor).
     */
    perform(action: CaseAction, comment?: string) {
      const refusal = checkAction(actor(), action, status(), comment);
      if (refusal) return refusal;
      const seen = [...editor.events()];
      for (const step of eventsFor(action, status()) ?? []) {
        const event = {
          id: crypto.randomUUID(),
          action: step,
          at: causalTimestamp(seen, Date.now()),
          actor: actorRecord(),
          ...(step === action && comment?.trim() ? { comment: comment.trim() } : {}),
        };
        appendEvent(docs.events, event);
        seen.push(event);
      }
      return null;
    },
  };
}

export type CaseReview = ReturnType<typeof createCaseReview>;
