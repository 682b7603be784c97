import { A, useLocation, useNavigate } from '@solidjs/router';
import { createEffect, createMemo, createSignal, For, Show, type Accessor } from 'solid-js';
import type { CaseStatus } from '../domain/status';
import { useI18n } from '../app/i18n';
import { usePageTitle } from '../app/usePageTitle';
import { ROUTES } from '../app/routes';
import { createCaseList, type CaseListPage } from '../primitives/createCaseList';
import { cachedIdentity, enrollment } from '../primitives/syncSignals';
import { agreementLabel, rowTitle } from '../domain/caseRowFacts';
import type { CaseIndexEntry } from '../domain/caseIndex';
import type { Dictionary } from '../i18n/sv';
import type { CaseId } from '../domain/ids';
import { reporterFeedback } from '../domain/reporterFeedback';
import { swedishDateOf, type IsoDate } from '../domain/isoDate';
import { regionProfile } from '../domain/regionProfiles';
import { ensureEnrollmentLoaded } from '../primitives/loadEnrollment';
import { CaseRow } from '../ui/CaseRow';
import { createAnalysisList } from '../primitives/createAnalysisList';

// About one tablet screen per section; "Visa fler" loads the next page.
const PAGE_SIZE = 15;
const SENT: readonly CaseStatus[] = ['submitted', 'received', 'investigating', 'jointAnalysis', 'answered', 'closed'];

/** Once per page load: was the app opened at "/"? Later visits to "/" are a person's choice. */
let landingChecked = false;
function openedAtStart(pathname: string): boolean {
  if (landingChecked) return false;
  landingChecked = true;
  const entry = performance.getEntriesByType?.('navigation')[0];
  const loadedAt = entry ? new URL(entry.name).pathname : pathname;
  return loadedAt === ROUTES.list && pathname === ROUTES.list;
}

/**
 * / — the reporter's drafts and her own submitted reports, read from the case index only.
 * Managers and coordinators opening the app land on Inkorg instead; this page stays a click away.
 */
export default function CaseListRoute() {
  usePageTitle((t) => t.list.title);
  const { t } = useI18n();
  performance.mark('caselist:start');
  void ensureEnrollmentLoaded();
  const location = useLocation();
  const navigate = useNavigate();
  const landing = openedAtStart(location.pathname);
  const identity = () => enrollment()?.identity ?? cachedIdentity();
  const receives = () => {
    const role = identity()?.role;
    return role === 'manager' || role === 'coordinator';
  };
  createEffect(() => {
    if (landing && receives() && location.pathname === ROUTES.list) navigate(ROUTES.inbox, { replace: true });
  });
  const [draftLimit, setDraftLimit] = createSignal(PAGE_SIZE);
  const [sentLimit, setSentLimit] = createSignal(PAGE_SIZE);
  const drafts = createCaseList(['draft'], draftLimit);
  // Only her own reports: not what her unit (as coordinator: her organisation) received, and not
  // what others of her unit or organisation sent, which reach a manager's or coordinator's device too.
  const receiverScope = createMemo(
    () => {
      const current = identity();
      if (!current) return null;
      return current.role === 'coordinator'
        ? { unitId: current.unitId, orgId: current.orgId, personId: current.personId }
        : { unitId: current.unitId, personId: current.personId };
    },
    null,
    { equals: (a, b) => JSON.stringify(a) === JSON.stringify(b) },
  );
  const sent = createCaseList(SENT, sentLimit, receiverScope);
  const today = swedishDateOf(new Date());
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
      <Show when={receives()}>
        <p>
          <A href={ROUTES.inbox} class="button button--ghost">
            {t().lists.inboxHint}
          </A>
        </p>
      </Show>
      <AnalysisSection />
      <CaseSection
        id="drafts"
        title={t().list.drafts}
        empty={t().list.emptyDrafts}
        page={drafts}
        more={() => setDraftLimit((n) => n + PAGE_SIZE)}
        today={today}
        editable
      />
      <CaseSection
        id="submitted"
        title={t().list.submitted}
        empty={t().list.emptySubmitted}
        page={sent}
        more={() => setSentLimit((n) => n + PAGE_SIZE)}
        today={today}
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
                <span class="badge" data-analysis-state={a.locked ? 'signed' : 'draft'}>
                  {a.locked
                    ? t().lists.analysisSigned(a.version)
                    : a.version === 1
                      ? t().lists.analysisDraft
                      : t().lists.analysisDraftOf(a.version)}
                </span>
              </li>
            )}
          </For>
        </ul>
      </section>
    </Show>
  );
}

/** "Besvarad – läs svaret": what came back on her report and she has not read yet. */
function feedbackFlags(entry: CaseIndexEntry, t: Dictionary) {
  const feedback = reporterFeedback(entry);
  return feedback?.unread
    ? [{ kind: 'feedback', label: t.reporting.feedback.mark[feedback.kind], saysStatus: feedback.kind === 'answered' }]
    : [];
}

/** Deletes a draft from this device; "Ångra" is offered for ten seconds and takes the focus. */
function DeleteDraftButton(props: { entry: CaseIndexEntry }) {
  const { t } = useI18n();
  const name = () => rowTitle(props.entry.summary) || props.entry.title || t().list.untitled;
  return (
    <div class="case-row-actions">
      <button
        type="button"
        class="button button--ghost"
        aria-label={t().reporting.deleteDraftNamed(name())}
        data-delete-draft
        // Loaded when used: deleting needs the case's docs, which the list never opens otherwise.
        onClick={() =>
          void import('../primitives/draftDeletion').then((m) =>
            m.deleteDraftWithUndo(props.entry.id as CaseId, { focusUndo: true }),
          )
        }
      >
        {t().reporting.deleteDraft}
      </button>
    </div>
  );
}

function CaseSection(props: {
  id: string;
  title: string;
  empty: string;
  page: Accessor<CaseListPage | undefined>;
  more: () => void;
  editable?: boolean;
  today: IsoDate;
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
                    side="sent"
                    today={props.today}
                    agreement={entry.agreementId ? agreementLabel(entry, regionProfile(entry.profileId)) : undefined}
                    flags={props.editable ? undefined : feedbackFlags(entry, t())}
                  >
                    <Show when={props.editable}>
                      <DeleteDraftButton entry={entry} />
                    </Show>
                  </CaseRow>
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
