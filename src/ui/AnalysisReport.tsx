import { For, Show } from 'solid-js';
import { riskLevel, riskScore, type Analysis, type Field } from '../domain/analysis';
import type { AnalysisStatus, Signature } from '../protocol/analysisApi';
import type { Dictionary } from '../i18n/sv';
import { formatDateTime, formatIsoDate } from './format';

/**
 * The analysis as a document: the locked view and the printable final report (A4, print CSS).
 * Withdrawn actions stay in it, marked; nothing an analysis said is ever left out.
 */
export function AnalysisReport(props: {
  analysis: Analysis;
  status: AnalysisStatus | null;
  /** The locked version shown, or null for the working draft. */
  version: number | null;
  signatures: Signature[];
  orgName: (id: string) => string;
  /** The case the analysis is about, from the device's case index (absent when not on it). */
  about?: { title: string; reporterUnit: string; receivingUnit: string; eventDate: string } | null;
  t: Dictionary;
  lang: 'sv' | 'en';
}) {
  const ta = () => props.t.analysis;
  const none = () => ta().printView.none;
  const show = (field: Field<string | number | boolean>) =>
    field.value === null
      ? none()
      : typeof field.value === 'boolean'
        ? field.value
          ? props.t.common.yes
          : props.t.common.no
        : String(field.value);
  const date = (field: Field<string>) => (field.value ? formatIsoDate(field.value, props.lang) : none());
  const score = () => riskScore(props.analysis.risk.probability.value, props.analysis.risk.severity.value);
  return (
    <div class="analysis-report">
      <h1 id="report-title">{ta().printView.title(props.version)}</h1>
      <Show when={props.version === null}>
        <p class="print-draft">{ta().printView.draft}</p>
      </Show>
      <Show when={props.about}>
        {(about) => (
          <p class="report-about">
            {ta().printView.about(about().title, about().reporterUnit, about().receivingUnit, about().eventDate)}
          </p>
        )}
      </Show>
      <Show when={props.status}>
        {(s) => (
          <section aria-labelledby="report-team">
            <h2 id="report-team">{ta().team.heading}</h2>
            <ul>
              <For each={s().team}>
                {(m) => (
                  <li>
                    {m.name}, {m.role} ({props.orgName(m.orgId)}){m.commissioner ? ` – ${ta().team.commissioner}` : ''}
                  </li>
                )}
              </For>
            </ul>
          </section>
        )}
      </Show>
      <section aria-labelledby="report-timeline">
        <h2 id="report-timeline">{ta().timeline.heading}</h2>
        <ol>
          <For each={props.analysis.timeline}>
            {(e) => (
              <li>
                <strong>{e.when.value?.replace('T', ' ') ?? none()}</strong> ·{' '}
                {e.orgId.value ? props.orgName(e.orgId.value) : none()}
                <Show when={e.handover.value}> · {ta().timeline.handoverBadge}</Show>
                <Show when={e.failedHandover.value}>
                  {' '}
                  · <strong>{ta().timeline.failedBadge}</strong>
                </Show>
                <p class="report-text">{e.what}</p>
              </li>
            )}
          </For>
        </ol>
      </section>
      <section aria-labelledby="report-causes">
        <h2 id="report-causes">{ta().causes.heading}</h2>
        <For each={props.analysis.causes}>
          {(c, i) => (
            <div class="report-block">
              <h3>
                {ta().causes.cause(i() + 1)}: {c.category.value ? ta().causes.categories[c.category.value] : none()}
                <Show when={c.systemWeakness.value}> – {ta().causes.systemBadge}</Show>
              </h3>
              <p class="report-text">{c.description}</p>
              <ol>
                <For each={c.whys.filter((why) => why.trim() !== '')}>
                  {(why) => <li class="report-text">{why}</li>}
                </For>
              </ol>
              <p>
                <strong>{ta().causes.rootCause}:</strong> <span class="report-text">{c.rootCause || none()}</span>
              </p>
              <p>
                <strong>{ta().causes.contributing}:</strong>{' '}
                <span class="report-text">{c.contributingFactors || none()}</span>
              </p>
            </div>
          )}
        </For>
      </section>
      <Show when={score()}>
        {(s) => (
          <section aria-labelledby="report-risk">
            <h2 id="report-risk">{ta().risk.heading}</h2>
            <p>{ta().risk.score(s(), ta().risk.levels[riskLevel(s())])}</p>
          </section>
        )}
      </Show>
      <section aria-labelledby="report-actions">
        <h2 id="report-actions">{ta().actions.heading}</h2>
        <For each={props.analysis.actions}>
          {(a) => (
            <div class="report-block" classList={{ 'report-block--withdrawn': a.withdrawn.value !== null }}>
              <h3>
                {ta().actions.action(a.number)}: {a.action}
              </h3>
              <Show when={a.withdrawn.value}>
                {(why) => (
                  <p>
                    <strong>{ta().actions.withdrawn(why())}</strong>
                  </p>
                )}
              </Show>
              <dl class="report-facts">
                <dt>{ta().actions.goal}</dt>
                <dd class="report-text">{a.goal || none()}</dd>
                <dt>{ta().actions.responsibleOrg}</dt>
                <dd>
                  {a.responsibleOrgId.value ? props.orgName(a.responsibleOrgId.value) : none()}
                  {a.responsibleRole ? `, ${a.responsibleRole}` : ''}
                </dd>
                <dt>{ta().actions.plannedStart}</dt>
                <dd>{date(a.plannedStart)}</dd>
                <dt>{ta().actions.plannedEnd}</dt>
                <dd>{date(a.plannedEnd)}</dd>
                <dt>{ta().actions.decision}</dt>
                <dd>
                  {a.decision.value ? ta().actions.decisions[a.decision.value] : none()}
                  {a.decisionReason ? `: ${a.decisionReason}` : ''}
                </dd>
                <dt>{ta().actions.done}</dt>
                <dd>{show(a.done)}</dd>
                <dt>{ta().actions.effect}</dt>
                <dd>
                  {a.effect.value ? ta().actions.effects[a.effect.value] : none()}
                  {a.effectNote ? `: ${a.effectNote}` : ''}
                </dd>
              </dl>
            </div>
          )}
        </For>
      </section>
      <section aria-labelledby="report-conclusions">
        <h2 id="report-conclusions">{ta().conclusions.heading}</h2>
        <h3>{ta().conclusions.conclusions}</h3>
        <p class="report-text">{props.analysis.conclusions || none()}</p>
        <h3>{ta().conclusions.learning}</h3>
        <p class="report-text">{props.analysis.learning || none()}</p>
      </section>
      <Show when={props.signatures.length > 0}>
        <section aria-labelledby="report-signatures">
          <h2 id="report-signatures">{ta().printView.signatures}</h2>
          <ul>
            <For each={props.signatures}>
              {(s) => (
                <li>
                  {props.orgName(s.orgId)}: {s.name}, {formatDateTime(s.at, props.lang)}
                </li>
              )}
            </For>
          </ul>
        </section>
      </Show>
    </div>
  );
}
