import { A } from '@solidjs/router';
import { createEffect, createMemo, createSignal, For, Show, type Accessor } from 'solid-js';
import type { CaseStatus } from '../domain/status';
import { useI18n } from '../app/i18n';
import { usePageTitle } from '../app/usePageTitle';
import { ROUTES } from '../app/routes';
import { createCaseList, createReceivedList, type CaseListPage } from '../primitives/createCaseList';
import { enrollment } from '../primitives/syncSignals';
import { ensureEnrollmentLoaded } from '../primitives/loadEnrollment';
import { CaseRow } from '../ui/CaseRow';
import { createAnalysisList } from '../primitives/createAnalysisList';

// About one tablet screen per section; "Visa fler" loads the next page.
const PAGE_SIZE = 15;
const SENT: readonly CaseStatus[] = ['submitted', 'received', 'investigating', 'jointAnalysis', 'answered', 'closed'];

/** / — the reporter's drafts and submitted reports, read from the case index only. */
export default function CaseListRoute() {
  usePageTitle((t) => t.list.title);
  const { t } = useI18n();
  performance.mark('caselist:start');
  void ensureEnrollmentLoaded();
  const [draftLimit, setDraftLimit] = createSignal(PAGE_SIZE);
  const [sentLimit, setSentLimit] = createSignal(PAGE_SIZE);
  const drafts = createCaseList(['draft'], draftLimit);
  // What this device's person receives: her unit, or as coordinator every unit of her organisation.
  const receiverScope = createMemo(
    () => {
      const identity = enrollment()?.identity;
      if (!identity) return null;
      return identity.role === 'coordinator'
        ? { unitId: identity.unitId, orgId: identity.orgId }
        : { unitId: identity.unitId };
    },
    null,
    { equals: (a, b) => JSON.stringify(a) === JSON.stringify(b) },
  );
  const sent = createCaseList(SENT, sentLimit, receiverScope);
  const received = createReceivedList(receiverScope, 100);
  let marked = false;
  createEffect(() => {
    if (!marked && drafts() && sent()) {
      marked = true;
      performance.mark('caselist:rendered');
    }
  });
  return (
    <>
      <div class="page-heading">
        <h1>{t().list.title}</h1>
        <A href={ROUTES.newReport} class="button button--primary">
          {t().nav.newReport}
        </A>
      </div>
      <AnalysisSection />
      <Show when={enrollment() && enrollment()!.identity.role !== 'staff'}>
        <CaseSection
          id="received"
          title={t().list.received}
          empty={t().list.emptyReceived}
          page={received}
          more={() => undefined}
        />
      </Show>
      <CaseSection
        id="drafts"
        title={t().list.drafts}
        empty={t().list.emptyDrafts}
        page={drafts}
        more={() => setDraftLimit((n) => n + PAGE_SIZE)}
        editable
      />
      <CaseSection
        id="submitted"
        title={t().list.submitted}
        empty={t().list.emptySubmitted}
        page={sent}
        more={() => setSentLimit((n) => n + PAGE_SIZE)}
      />
    </>
  );
}

/** Joint analyses this person takes part in (shown only when there are any). */
function AnalysisSection() {
  const { t } = useI18n();
  const analyses = createAnalysisList();
  return (
    <Show when={analyses().length > 0}>
      <section aria-labelledby="analyses-heading" class="case-section" data-section="analyses">
        <h2 id="analyses-heading">{t().list.analyses}</h2>
        <ul class="case-list">
          <For each={analyses()}>
            {(a) => (
              <li class="case-row">
                <A href={ROUTES.analysis(a.caseId)}>{a.title || t().analysis.title}</A>{' '}
                <span class="case-row-meta">{a.units}</span>{' '}
                <span class="badge">
                  {a.locked ? t().analysis.signoff.locked(a.version) : t().analysis.signoff.version(a.version)}
                </span>
              </li>
            )}
          </For>
        </ul>
      </section>
    </Show>
  );
}

function CaseSection(props: {
  id: string;
  title: string;
  empty: string;
  page: Accessor<CaseListPage | undefined>;
  more: () => void;
  editable?: boolean;
}) {
  const { t, lang } = useI18n();
  return (
    <section aria-labelledby={`${props.id}-heading`} class="case-section" data-section={props.id}>
      <h2 id={`${props.id}-heading`}>
        {props.title}{' '}
        <Show when={props.page()?.total !== undefined}>
          <span class="count">({props.page()?.total})</span>
        </Show>
      </h2>
      <Show when={props.page()} fallback={<p>{t().common.loading}</p>}>
        {(page) => (
          <Show when={page().rows.length > 0} fallback={<p class="empty">{props.empty}</p>}>
            <ul class="case-list">
              <For each={page().rows}>
                {(entry) => (
                  <CaseRow
                    entry={entry}
                    href={props.editable ? ROUTES.form(entry.id, 1) : ROUTES.view(entry.id)}
                    t={t()}
                    lang={lang()}
                  />
                )}
              </For>
            </ul>
            <Show when={(page().total ?? 0) > page().rows.length}>
              <p class="list-count">{t().list.count(page().rows.length, page().total ?? 0)}</p>
              <button type="button" class="button" onClick={() => props.more()}>
                {t().list.showMore}
              </button>
            </Show>
          </Show>
        )}
      </Show>
    </section>
  );
}
