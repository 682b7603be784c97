import { createSignal, For, Show } from 'solid-js';
import { DECISIONS, EFFECTS, type Action } from '../../domain/analysis';
import type { AnalysisModel } from '../../primitives/createAnalysis';
import type { SelectOption } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { ConflictNote } from '../../ui/ConflictNote';
import { useI18n } from '../../app/i18n';
import { hasBlockingPii } from '../../domain/piiGuard';
import { AnalysisScalar, AnalysisText } from './AnalysisFields';
import { AddEntryButton, EntryRow } from './EntryRow';
import { clip, useOpenEntries } from './openEntries';

/** The action plan: never deleted, only withdrawn with a reason; decided, done, followed up. */
export function ActionPlanSection(props: { m: AnalysisModel; orgOptions: SelectOption[] }) {
  const { t } = useI18n();
  const ta = () => t().analysis.actions;
  const entries = useOpenEntries(() => props.m.conflicts().actions);
  const orgLabel = (id: string | null) => props.orgOptions.find((o) => o.value === id)?.label ?? '–';
  return (
    <section class="analysis-section" aria-labelledby="actions-heading">
      <h2 id="actions-heading">{ta().heading}</h2>
      <p class="field-hint">{ta().hint}</p>
      <ol class="analysis-list">
        <For each={props.m.content.actions}>
          {(action) => {
            return (
              <EntryRow
                m={props.m}
                kind="action"
                id={action.id}
                fieldPrefix={`action-${action.id}-`}
                title={ta().action(action.number)}
                open={entries.isOpen(action.id)}
                onToggle={(open) => entries.toggle(action.id, open)}
                line={`${clip(action.action)} · ${orgLabel(action.responsibleOrgId.value)} · ${ta().plannedEnd}: ${
                  action.plannedEnd.value ?? '–'
                }`}
                flags={[
                  action.decision.value && ta().decisions[action.decision.value],
                  action.done.value && ta().done,
                  action.withdrawn.value && ta().withdrawnBadge,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              >
                <ActionFields m={props.m} action={action} orgOptions={props.orgOptions} />
              </EntryRow>
            );
          }}
        </For>
      </ol>
      <AddEntryButton
        kind="action"
        add={() => props.m.add('action')}
        open={(id) => entries.toggle(id, true)}
        label={ta().add}
      />
    </section>
  );
}

function ActionFields(props: { m: AnalysisModel; action: Action; orgOptions: SelectOption[] }) {
  const { t } = useI18n();
  const ta = () => t().analysis.actions;
  const a = () => props.action;
  const id = (field: string) => `action-${a().id}-${field}`;
  const target = <F extends string>(field: F) => ({ kind: 'action' as const, id: a().id, field });
  const decisions = () => DECISIONS.map((value) => ({ value, label: ta().decisions[value] }));
  const effects = () => EFFECTS.map((value) => ({ value, label: ta().effects[value] }));
  const [withdrawing, setWithdrawing] = createSignal(false);
  const [reason, setReason] = createSignal('');
  const [reasonError, setReasonError] = createSignal<string | undefined>();
  const withdraw = () => {
    if (reason().trim() === '') return setReasonError(ta().withdrawNeedsReason);
    // The reason is written into the analysis both organisations read.
    if (hasBlockingPii(reason())) return setReasonError(t().sharing.commentHasPersonalData);
    props.m.setScalar(target('withdrawn'), reason().trim());
    setWithdrawing(false);
    setReason('');
    setReasonError(undefined);
  };
  return (
    <fieldset class="analysis-entity" classList={{ 'analysis-entity--withdrawn': a().withdrawn.value !== null }}>
      <legend>{ta().action(a().number)}</legend>
      <Show when={a().withdrawn.value}>
        {(why) => (
          <p class="notice" data-withdrawn>
            {ta().withdrawn(why())}{' '}
            <button
              type="button"
              class="button button--small"
              onClick={() => props.m.setScalar(target('withdrawn'), null)}
            >
              {ta().restore}
            </button>
          </p>
        )}
      </Show>
      <ConflictNote
        id={id('withdrawn')}
        label={ta().withdraw}
        current={a().withdrawn.value}
        alternatives={a().withdrawn.alternatives}
        format={(value) => ta().withdrawn(String(value))}
        onKeep={(value) => props.m.setScalar(target('withdrawn'), value)}
        texts={t().analysis.conflict}
      />
      <AnalysisText
        m={props.m}
        id={id('what')}
        label={ta().what}
        target={target('action')}
        value={a().action}
        rows={2}
      />
      <AnalysisText m={props.m} id={id('goal')} label={ta().goal} target={target('goal')} value={a().goal} rows={2} />
      <div class="analysis-row">
        <AnalysisScalar
          m={props.m}
          id={id('org')}
          label={ta().responsibleOrg}
          target={target('responsibleOrgId')}
          field={a().responsibleOrgId}
          input={{ kind: 'select', options: props.orgOptions }}
        />
        <AnalysisText
          m={props.m}
          id={id('role')}
          label={ta().responsibleRole}
          target={target('responsibleRole')}
          value={a().responsibleRole}
          rows={1}
        />
      </div>
      <div class="analysis-row">
        <AnalysisScalar
          m={props.m}
          id={id('start')}
          label={ta().plannedStart}
          target={target('plannedStart')}
          field={a().plannedStart}
          input={{ kind: 'date' }}
        />
        <AnalysisScalar
          m={props.m}
          id={id('end')}
          label={ta().plannedEnd}
          target={target('plannedEnd')}
          field={a().plannedEnd}
          input={{ kind: 'date' }}
        />
      </div>
      <AnalysisScalar
        m={props.m}
        id={id('decision')}
        label={ta().decision}
        target={target('decision')}
        field={a().decision}
        input={{ kind: 'select', options: decisions() }}
      />
      <AnalysisText
        m={props.m}
        id={id('reason')}
        label={ta().decisionReason}
        hint={ta().decisionReasonHint}
        required={a().decision.value === 'rejected' || a().decision.value === 'partlyApproved'}
        target={target('decisionReason')}
        value={a().decisionReason}
        rows={2}
      />
      <AnalysisScalar
        m={props.m}
        id={id('done')}
        label={ta().done}
        target={target('done')}
        field={a().done}
        input={{ kind: 'checkbox' }}
      />
      <AnalysisScalar
        m={props.m}
        id={id('effect')}
        label={ta().effect}
        target={target('effect')}
        field={a().effect}
        input={{ kind: 'select', options: effects() }}
      />
      <AnalysisText
        m={props.m}
        id={id('effect-note')}
        label={ta().effectNote}
        target={target('effectNote')}
        value={a().effectNote}
        rows={2}
      />
      <Show when={a().withdrawn.value === null}>
        <Show
          when={withdrawing()}
          fallback={
            <button
              type="button"
              class="button button--small"
              onClick={() => {
                setWithdrawing(true);
                setTimeout(() => document.getElementById(id('withdraw-reason'))?.focus());
              }}
            >
              {ta().withdraw}
            </button>
          }
        >
          <TextField
            id={id('withdraw-reason')}
            label={ta().withdrawReason}
            value={reason()}
            onInput={setReason}
            error={reasonError()}
            required
            requiredText={t().form.required}
            optionalText={t().form.optional}
          />
          <div class="button-row">
            <button type="button" class="button" onClick={withdraw}>
              {ta().withdrawConfirm}
            </button>
            <button
              type="button"
              class="button button--ghost"
              onClick={() => {
                setWithdrawing(false);
                setReasonError(undefined);
              }}
            >
              {ta().withdrawCancel}
            </button>
          </div>
        </Show>
      </Show>
    </fieldset>
  );
}
