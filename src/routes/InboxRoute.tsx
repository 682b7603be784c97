import { A } from '@solidjs/router';
import { createEffect, createMemo, createSignal, For, Show } from 'solid-js';
import { findRecurrences } from '../domain/recurrence';
import { swedishDateOf } from '../domain/isoDate';
import { CASE_STATUSES } from '../domain/status';
import { isOverdue, isUnseen } from '../domain/inbox';
import { regionProfile } from '../domain/regionProfiles';
import { useI18n } from '../app/i18n';
import { usePageTitle } from '../app/usePageTitle';
import { ROUTES } from '../app/routes';
import { createInbox, type InboxScope } from '../primitives/createInbox';
import { cachedIdentity, enrollment } from '../primitives/syncSignals';
import { ensureEnrollmentLoaded } from '../primitives/loadEnrollment';
import { CaseRow } from '../ui/CaseRow';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';

const PAGE = 50;
/** Cases listed under an escalation suggestion; the rest are counted. */
const SHOWN_BEHIND_SUGGESTION = 10;

/** /inkorg — cases sent to my unit (a coordinator: my organisation), soonest deadline first. */
export default function InboxRoute() {
  const { t, lang } = useI18n();
  performance.mark('inbox:start');
  void ensureEnrollmentLoaded();
  const scope = (): InboxScope | null => {
    // The cached identity lets the first query start before the enrollment is read from the database.
    const identity = enrollment()?.identity ?? cachedIdentity();
    if (!identity) return null;
    return identity.role === 'coordinator'
      ? { orgId: identity.orgId, orgName: identity.orgName }
      : { unitId: identity.unitId };
  };
  const inbox = createInbox(scope);
  usePageTitle((t) => t.pageTitle.inbox((inbox.rows() ?? []).filter(isUnseen).length));
  const [limit, setLimit] = createSignal(PAGE);
  const profile = () => regionProfile(enrollment()?.identity.profileId);
  const update = (patch: Parameters<typeof inbox.setFilter>[0]) => {
    performance.mark('inbox:filter');
    inbox.setFilter((current) => ({ ...current, ...patch }));
  };
  let marked = false;
  createEffect(() => {
    if (!marked && inbox.shown()) {
      marked = true;
      performance.mark('inbox:rendered');
    }
  });
  createEffect(() => {
    inbox.shown();
    queueMicrotask(() => performance.mark('inbox:filtered'));
  });
  // The same reporting unit, the same agreement, again and again: suggest escalating it as a system failure.
  const suggestions = createMemo(() =>
    findRecurrences(
      (inbox.rows() ?? [])
        .filter((r) => r.submittedAt !== null)
        .map((r) => ({
          caseId: r.id,
          senderUnitId: r.reporterUnit,
          receivingUnitId: r.receivingUnitId,
          agreementId: r.agreementId,
          submittedOn: swedishDateOf(new Date(r.submittedAt!)),
        })),
      profile().recurrence,
      inbox.today,
    ),
  );
  const rowsById = createMemo(() => new Map((inbox.rows() ?? []).map((r) => [r.id, r])));
  const agreementName = (id: string) => profile().agreements.find((a) => a.id === id)?.name ?? id;
  const need = { requiredText: t().form.required, optionalText: t().form.optional };

  return (
    <>
      <h1>{t().inbox.title}</h1>
      <Show
        when={enrollment()}
        fallback={
          <p>
            {t().sync.notEnrolled} <A href={ROUTES.enroll}>{t().sync.goEnroll}</A>
          </p>
        }
      >
        <form class="inbox-filters" onSubmit={(e) => e.preventDefault()} aria-label={t().inbox.filters}>
          <TextField
            id="inbox-search"
            label={t().inbox.search}
            value={inbox.filter().search ?? ''}
            onInput={(search) => update({ search })}
            {...need}
          />
          <SelectField
            id="inbox-status"
            label={t().inbox.status}
            value={inbox.filter().status ?? ''}
            options={CASE_STATUSES.filter((s) => s !== 'draft').map((s) => ({ value: s, label: t().status[s] }))}
            placeholder={t().inbox.all}
            onChange={(status) => update({ status: status as never })}
            {...need}
          />
          <SelectField
            id="inbox-area"
            label={t().form.fields.area}
            value={inbox.filter().area ?? ''}
            options={profile().areas.map((a) => ({ value: a.id, label: a.name }))}
            placeholder={t().inbox.all}
            onChange={(area) => update({ area })}
            {...need}
          />
          <SelectField
            id="inbox-agreement"
            label={t().inbox.agreement}
            value={inbox.filter().agreementId ?? ''}
            options={profile().agreements.map((a) => ({ value: a.id, label: a.name }))}
            placeholder={t().inbox.all}
            onChange={(agreementId) => update({ agreementId })}
            {...need}
          />
          <SelectField
            id="inbox-counterpart"
            label={t().inbox.counterpart}
            value={inbox.filter().counterpart ?? ''}
            options={inbox.counterparts().map((c) => ({ value: c, label: c }))}
            placeholder={t().inbox.all}
            onChange={(counterpart) => update({ counterpart })}
            {...need}
          />
          <label class="radio inbox-overdue">
            <input
              type="checkbox"
              checked={inbox.filter().overdueOnly ?? false}
              onChange={(e) => update({ overdueOnly: e.currentTarget.checked })}
            />
            <span>{t().inbox.overdueOnly}</span>
          </label>
        </form>
        <Show when={suggestions().length > 0}>
          <section aria-labelledby="recurrence-heading" class="banner banner--info recurrence" data-recurrence>
            <h2 id="recurrence-heading">{t().inbox.recurrenceHeading}</h2>
            <For each={suggestions()}>
              {(suggestion) => (
                <div>
                  <p>
                    {t().inbox.recurrence(
                      suggestion.caseIds.length,
                      suggestion.senderUnitId,
                      agreementName(suggestion.agreementId),
                      profile().recurrence.periodDays,
                    )}
                  </p>
                  <ul>
                    <For each={suggestion.caseIds.slice(0, SHOWN_BEHIND_SUGGESTION)}>
                      {(id) => (
                        <li>
                          <A href={ROUTES.view(id)}>{rowsById().get(id)?.summary || id}</A>
                        </li>
                      )}
                    </For>
                  </ul>
                  <Show when={suggestion.caseIds.length > SHOWN_BEHIND_SUGGESTION}>
                    <p>{t().inbox.andMore(suggestion.caseIds.length - SHOWN_BEHIND_SUGGESTION)}</p>
                  </Show>
                </div>
              )}
            </For>
          </section>
        </Show>
        <Show when={inbox.shown()} fallback={<p>{t().common.loading}</p>}>
          {(shown) => (
            <section aria-labelledby="inbox-results" data-section="inbox">
              <h2 id="inbox-results" aria-live="polite">
                {t().inbox.count(shown().length)}
              </h2>
              <Show when={shown().length > 0} fallback={<p class="empty">{t().list.emptyReceived}</p>}>
                <ul class="case-list">
                  <For each={shown().slice(0, limit())}>
                    {(entry) => (
                      <CaseRow
                        entry={entry}
                        href={ROUTES.view(entry.id)}
                        t={t()}
                        lang={lang()}
                        flags={[
                          ...(isUnseen(entry) ? [{ kind: 'new', label: t().inbox.new }] : []),
                          ...(isOverdue(entry, inbox.today) ? [{ kind: 'overdue', label: t().inbox.overdue }] : []),
                        ]}
                      />
                    )}
                  </For>
                </ul>
                <Show when={shown().length > limit()}>
                  <button type="button" class="button" onClick={() => setLimit((n) => n + PAGE)}>
                    {t().list.showMore}
                  </button>
                </Show>
              </Show>
            </section>
          )}
        </Show>
      </Show>
    </>
  );
}
