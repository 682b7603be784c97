import { A, useLocation, useNavigate } from '@solidjs/router';
import { createEffect, createMemo, createSignal, For, on, Show } from 'solid-js';
import { agreementLabel } from '../domain/caseRowFacts';
import { findRecurrences } from '../domain/recurrence';
import { swedishDateOf } from '../domain/isoDate';
import { directionOf, isOverdue, isUnseen, type InboxDirection, type InboxFilter } from '../domain/inbox';
import { inboxHref, namesDirection, parseInboxQuery, sideWithCases, type InboxView } from '../domain/inboxQuery';
import { countPerUnit } from '../domain/unitOverview';
import { regionProfile } from '../domain/regionProfiles';
import { useI18n } from '../app/i18n';
import { usePageTitle } from '../app/usePageTitle';
import { ROUTES } from '../app/routes';
import { createInbox, type InboxScope } from '../primitives/createInbox';
import { createOrganisationNames } from '../primitives/createOrganisationNames';
import { cachedIdentity, enrollment } from '../primitives/syncSignals';
import { ensureEnrollmentLoaded } from '../primitives/loadEnrollment';
import { CaseRow } from '../ui/CaseRow';
import { InboxFilters } from '../ui/InboxFilters';
import { RecurrenceList } from '../ui/RecurrenceList';
import { UnitOverview, type CountKind } from '../ui/UnitOverview';

const PAGE = 50;
const COUNT_FILTER: Record<CountKind, keyof InboxFilter> = {
  new: 'newOnly',
  overdue: 'overdueOnly',
  unanswered: 'unansweredOnly',
};

/**
 * /inkorg — cases sent to my unit, soonest deadline first; a coordinator sees her organisation's
 * cases to and from its units apart, with counts per unit. What is shown lives in the address
 * (`?riktning=fran&enhet=…&forsenade=1`), so every count links to exactly its cases.
 */
export default function InboxRoute() {
  const { t, lang } = useI18n();
  performance.mark('inbox:start');
  void ensureEnrollmentLoaded();
  const location = useLocation();
  const navigate = useNavigate();
  const scope = (): InboxScope | null => {
    // The cached identity lets the first query start before the enrollment is read from the database.
    const identity = enrollment()?.identity ?? cachedIdentity();
    if (!identity) return null;
    return identity.role === 'coordinator'
      ? { orgId: identity.orgId, orgName: identity.orgName }
      : { unitId: identity.unitId };
  };
  const fromAddress = () => parseInboxQuery(Object.fromEntries(new URLSearchParams(location.search)));
  // The view is a signal of its own (a filter change redraws at once); the address follows it.
  const [view, setView] = createSignal<InboxView>(fromAddress());
  createEffect(
    on(
      () => location.search,
      () => {
        const next = fromAddress();
        if (inboxHref('', next) !== inboxHref('', view())) setView(next);
      },
      { defer: true },
    ),
  );
  const inbox = createInbox(scope, view);
  usePageTitle((t) => t.pageTitle.inbox((inbox.rows() ?? []).filter(isUnseen).length));
  const isCoordinator = () => {
    const current = inbox.scope();
    return !!current && 'orgId' in current;
  };
  const [limit, setLimit] = createSignal(PAGE);
  const [filtersOpen, setFiltersOpen] = createSignal(false);
  const organisations = createOrganisationNames(filtersOpen);
  const profile = () => regionProfile(enrollment()?.identity.profileId);
  const hrefFor = (next: InboxView) => inboxHref(ROUTES.inbox, next);
  const update = (patch: Partial<InboxFilter>) => {
    performance.mark('inbox:filter');
    const next = { direction: view().direction, filter: { ...view().filter, ...patch } };
    setView(next);
    navigate(hrefFor(next), { replace: true, scroll: false });
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
      (inbox.directionRows() ?? [])
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
  const unitCounts = createMemo(() =>
    isCoordinator() ? countPerUnit(inbox.directionRows() ?? [], inbox.direction(), inbox.today) : [],
  );
  const directionTotals = createMemo(() => {
    const current = inbox.scope();
    const totals = { received: 0, sent: 0 };
    if (!current || !('orgId' in current)) return totals;
    for (const row of inbox.rows() ?? []) for (const d of directionOf(row, current)) totals[d]++;
    return totals;
  });
  // A coordinator who opens Inkorg without choosing a side lands on the side that has cases: a
  // kommun that mostly reports saw "Till våra enheter (0)" while its cases were under "Från".
  let sideChosen = namesDirection(Object.fromEntries(new URLSearchParams(location.search)));
  createEffect(() => {
    const totals = directionTotals();
    if (sideChosen || !isCoordinator() || totals.received + totals.sent === 0) return;
    sideChosen = true;
    const side = sideWithCases(totals);
    if (side !== view().direction) {
      const next = { ...view(), direction: side };
      setView(next);
      navigate(hrefFor(next), { replace: true, scroll: false });
    }
  });
  const counterpartOptions = createMemo(() =>
    [...new Set([...organisations(), ...inbox.counterparts()])]
      .sort((a, b) => a.localeCompare(b, 'sv'))
      .map((name) => ({ value: name, label: name })),
  );
  const unitOptions = createMemo(() =>
    isCoordinator()
      ? [...unitCounts()]
          .sort((a, b) => a.name.localeCompare(b.name, 'sv'))
          .map((u) => ({ value: u.key, label: u.name }))
      : [],
  );
  const directionLink = (direction: InboxDirection, label: string, total: number) => (
    <A
      href={hrefFor({ direction, filter: {} })}
      class="button direction-link"
      aria-current={inbox.direction() === direction ? 'page' : undefined}
      data-direction={direction}
    >
      {label} ({total})
    </A>
  );

  return (
    <>
      <h1>{t().inbox.title}</h1>
      <Show
        when={enrollment() ?? cachedIdentity()}
        fallback={
          <p>
            {t().sync.notEnrolled} <A href={ROUTES.enroll}>{t().sync.goEnroll}</A>
          </p>
        }
      >
        <Show when={isCoordinator()}>
          <nav class="direction-nav" aria-label={t().lists.directions}>
            {directionLink('received', t().lists.received, directionTotals().received)}
            {directionLink('sent', t().lists.sent, directionTotals().sent)}
          </nav>
        </Show>
        <InboxFilters
          filter={view().filter}
          open={filtersOpen()}
          onToggle={setFiltersOpen}
          onChange={update}
          onClear={() => {
            setFiltersOpen(false);
            update({
              search: '',
              status: '',
              area: '',
              agreementId: '',
              counterpart: '',
              unit: '',
              newOnly: false,
              overdueOnly: false,
              unansweredOnly: false,
            });
          }}
          areas={profile().areas.map((a) => ({ value: a.id, label: a.name }))}
          agreements={profile().agreements.map((a) => ({ value: a.id, label: a.name }))}
          counterparts={counterpartOptions()}
          counterpartLabel={inbox.direction() === 'sent' ? t().lists.receivingOrganisation : t().inbox.counterpart}
          units={unitOptions()}
          t={t()}
        />
        <div class="inbox-layout">
          <Show when={inbox.shown()} fallback={<p>{t().common.loading}</p>}>
            {(shown) => (
              <section aria-labelledby="inbox-results" data-section="inbox" class="inbox-results">
                <h2 id="inbox-results" aria-live="polite">
                  {isCoordinator()
                    ? `${inbox.direction() === 'sent' ? t().lists.sent : t().lists.received}: ${t().inbox.count(shown().length)}`
                    : t().inbox.count(shown().length)}
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
                          side={inbox.direction()}
                          today={inbox.today}
                          agreement={agreementLabel(entry, regionProfile(entry.profileId))}
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
          <Show when={unitCounts().length > 0 || suggestions().length > 0}>
            <div class="inbox-aside">
              <Show when={unitCounts().length > 0}>
                <UnitOverview
                  units={unitCounts()}
                  heading={`${t().lists.perUnit}: ${inbox.direction() === 'sent' ? t().lists.sent : t().lists.received}`}
                  hrefFor={(unit, kind) =>
                    hrefFor({ direction: inbox.direction(), filter: { unit, [COUNT_FILTER[kind]]: true } })
                  }
                  t={t().lists}
                />
              </Show>
              <Show when={suggestions().length > 0}>
                <RecurrenceList
                  suggestions={suggestions()}
                  agreementName={agreementName}
                  caseTitle={(id) => rowsById().get(id)?.summary || id}
                  caseHref={ROUTES.view}
                  periodDays={profile().recurrence.periodDays}
                  t={t().inbox}
                  lang={lang()}
                />
              </Show>
            </div>
          </Show>
        </div>
        {/* The coordinator follows up who accessed her organisation's cases (PDL). */}
        <Show when={isCoordinator()}>
          <p>
            <A href={ROUTES.accessLog} class="inline-target" data-access-log-link>
              {t().lists.accessLog}
            </A>
          </p>
        </Show>
      </Show>
    </>
  );
}
