import { A } from '@solidjs/router';
import { createEffect, createSignal, For, onCleanup, Show } from 'solid-js';
import {
  analysisProblems,
  mayReopen,
  signatureProgress,
  signRefusal,
  type AnalysisProblem,
} from '../../domain/analysisRules';

const CHECK_AFTER_MS = 300;
import type { CaseId } from '../../domain/ids';
import type { AnalysisStatus } from '../../protocol/analysisApi';
import type { AnalysisModel } from '../../primitives/createAnalysis';
import { analysisRelay } from '../../primitives/analysisRelay';
import { useI18n } from '../../app/i18n';
import { hasBlockingPii } from '../../domain/piiGuard';
import { ROUTES } from '../../app/routes';
import { TextField } from '../../ui/TextField';
import { formatDateTime } from '../../ui/format';

/** Signatures per organisation, what blocks signing, the sign and reopen buttons, and versions. */
export function SignoffSection(props: {
  m: AnalysisModel;
  caseId: CaseId;
  status: AnalysisStatus;
  orgName: (id: string) => string;
  isLead: boolean;
}) {
  const { t, lang } = useI18n();
  const ts = () => t().analysis.signoff;
  const me = () => props.m.identity();
  // The full check (the PII guard over every text) runs a moment after typing stops, not on
  // every keystroke and not while the screen opens; null until it has run once.
  const [checked, setChecked] = createSignal<AnalysisProblem[] | null>(null);
  let checkTimer: ReturnType<typeof setTimeout> | undefined;
  createEffect(() => {
    props.m.revision();
    clearTimeout(checkTimer);
    checkTimer = setTimeout(() => setChecked(analysisProblems(props.m.content)), CHECK_AFTER_MS);
  });
  onCleanup(() => clearTimeout(checkTimer));
  const problems = () => checked() ?? [];
  const progress = () => signatureProgress(props.status, (sv) => props.status.locked || props.m.isCurrent(sv));
  const nameOf = (personId: string | null) =>
    props.status.team.find((m) => m.personId === personId)?.name ??
    props.status.signatures.find((s) => s.personId === personId)?.name ??
    '';
  const refusal = () =>
    signRefusal(props.status, me()?.personId ?? '', {
      // Not yet checked counts as a problem: nobody signs unchecked text.
      problems: checked()?.length ?? 1,
      synced: props.m.synced(),
      currentStateVector: props.m.stateVector(),
    });
  const mySigner = () => props.status.team.find((m) => m.personId === me()?.personId && m.signer);
  const [message, setMessage] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [reason, setReason] = createSignal('');
  const [reasonError, setReasonError] = createSignal<string | undefined>();

  const sign = async () => {
    const doc = props.m.doc();
    if (!doc) return;
    setBusy(true);
    const result = await analysisRelay.sign(props.caseId, props.status.version, doc);
    setBusy(false);
    setMessage(result.ok ? null : result.code === 'stale' ? ts().stale : (result.message ?? ts().failed));
    await props.m.reloadStatus();
  };
  const reopen = async () => {
    if (reason().trim() === '') return setReasonError(ts().reopenNeedsReason);
    // Both organisations read the reason (the relay keeps it with the version).
    if (hasBlockingPii(reason())) return setReasonError(t().sharing.commentHasPersonalData);
    setBusy(true);
    const result = await analysisRelay.reopen(props.caseId, props.status.version, reason().trim());
    setBusy(false);
    setMessage(result.ok ? null : (result.message ?? t().analysis.needsConnection));
    if (result.ok) setReason('');
    await props.m.reloadStatus();
  };
  const problemWhere = (where: string) => {
    const [kind] = where.split(':') as [keyof ReturnType<typeof ts>['where'] | 'cause' | 'action'];
    if (kind === 'action') return t().analysis.actions.heading;
    if (kind === 'cause') return ts().where.causes;
    return ts().where[kind] ?? where;
  };

  return (
    <section class="analysis-section" aria-labelledby="signoff-heading">
      <h2 id="signoff-heading">{ts().heading}</h2>
      <p class="field-hint">{ts().hint}</p>
      <p>
        <strong>{ts().version(props.status.version)}</strong>
      </p>
      <ul class="signature-list" data-signatures>
        <For each={progress()}>
          {(p) => (
            <li data-signature-org={p.orgId} data-signed={p.current ? 'current' : p.signedBy ? 'earlier' : 'no'}>
              {p.current
                ? ts().signed(props.orgName(p.orgId), nameOf(p.signedBy))
                : p.signedBy
                  ? ts().signedEarlier(props.orgName(p.orgId), nameOf(p.signedBy))
                  : ts().notSigned(props.orgName(p.orgId))}
            </li>
          )}
        </For>
      </ul>
      <Show when={props.status.locked}>
        <div class="notice notice--ok" role="status" data-locked>
          <p>
            <strong>{ts().locked(props.status.version)}</strong>
          </p>
          <p>{ts().lockedBody}</p>
        </div>
      </Show>
      <Show when={!props.status.locked && problems().length > 0}>
        <div class="analysis-problems">
          <h3>{ts().problemsHeading}</h3>
          <ul>
            <For each={problems()}>
              {(p) => (
                <li>
                  {problemWhere(p.where)}: {ts().problems[p.code]}
                </li>
              )}
            </For>
          </ul>
        </div>
      </Show>
      <Show when={mySigner() && !props.status.locked}>
        <Show when={refusal()}>
          {(r) => (
            <p class="field-hint" id="sign-refusal">
              {ts().refusal[r()]}
            </p>
          )}
        </Show>
        <button
          type="button"
          class="button button--primary"
          disabled={busy() || refusal() !== null}
          aria-describedby={refusal() ? 'sign-refusal' : undefined}
          onClick={() => void sign()}
        >
          {ts().sign(props.orgName(me()?.orgId ?? ''))}
        </button>
      </Show>
      <Show when={mayReopen(props.status, me()?.personId ?? '', props.isLead)}>
        <TextField
          id="reopen-reason"
          label={ts().reopenReason}
          value={reason()}
          onInput={setReason}
          error={reasonError()}
          required
          requiredText={t().form.required}
          optionalText={t().form.optional}
        />
        <button type="button" class="button" disabled={busy()} onClick={() => void reopen()}>
          {ts().reopenConfirm}
        </button>
      </Show>
      <Show when={message()}>
        <p class="notice notice--error" role="alert">
          {message()}
        </p>
      </Show>
      <Show when={props.status.versions.length > 0}>
        <h3>{ts().versions}</h3>
        <ul>
          <For each={props.status.versions}>
            {(version) => (
              <li>
                <A href={ROUTES.analysisPrint(props.caseId, version.number)}>
                  {ts().versionLink(version.number, formatDateTime(version.lockedAt, lang()))}
                </A>
                <Show when={version.reopened}>
                  {(r) => <p>{ts().reopened(r().name, formatDateTime(r().at, lang()), r().reason)}</p>}
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
