import { A } from '@solidjs/router';
import { createMemo, createSignal, For, onCleanup, Show } from 'solid-js';
import * as v from 'valibot';
import { ROUTES } from '../app/routes';
import { useI18n } from '../app/i18n';
import { usePageTitle } from '../app/usePageTitle';
import { AccessLogQuerySchema, type AccessLogResponse, type AccessRow } from '../protocol/accessLogApi';
import { toSwedishCsv } from '../domain/swedishCsv';
import { enrollment } from '../primitives/syncSignals';
import { ensureEnrollmentLoaded } from '../primitives/loadEnrollment';
import { relayApi } from '../sync/relayApi';
import { formatDateTime } from '../ui/format';
import { TextField } from '../ui/TextField';
import { accessLogSv } from '../i18n/accessLogSv';
import { accessLogEn } from '../i18n/accessLogEn';

/**
 * /atkomstlogg — the coordinator follows up who accessed her organisation's cases (PDL 4 kap.
 * 3 §): filter by case, person and date, read the rows, download them for Excel. The log lives
 * on the relay, so this screen needs the network; it says so instead of showing nothing.
 */
export default function AccessLogRoute() {
  const { t, lang } = useI18n();
  // The screen's words load with it, not with every screen's first JS.
  const texts = () => (lang() === 'en' ? accessLogEn : accessLogSv);
  usePageTitle(() => texts().title);
  void ensureEnrollmentLoaded();
  const [caseId, setCaseId] = createSignal('');
  const [personId, setPersonId] = createSignal('');
  const [since, setSince] = createSignal('');
  const [result, setResult] = createSignal<AccessLogResponse | null>(null);
  const [problem, setProblem] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  let problemBox: HTMLParagraphElement | undefined;
  let countLine: HTMLParagraphElement | undefined;
  const isCoordinator = () => enrollment()?.identity.role === 'coordinator';

  const show = async (event?: SubmitEvent) => {
    event?.preventDefault();
    const query = v.safeParse(AccessLogQuerySchema, {
      ...(caseId().trim() ? { case: caseId().trim().toLowerCase() } : {}),
      ...(personId().trim() ? { person: personId().trim() } : {}),
      ...(since().trim() ? { since: since().trim() } : {}),
    });
    const token = enrollment()?.token;
    if (!query.success || !token) {
      setProblem(texts().invalid);
      queueMicrotask(() => problemBox?.focus());
      return;
    }
    setBusy(true);
    const answer = await relayApi.accessLog(token, query.output);
    setBusy(false);
    if (!answer.ok) {
      setProblem(
        answer.failure === 'offline'
          ? texts().offline
          : answer.failure === 'invalid'
            ? texts().invalid
            : texts().failed,
      );
      queueMicrotask(() => problemBox?.focus());
      return;
    }
    setProblem(null);
    setResult(answer.value);
    // Focus moves to what changed: the number of rows found.
    queueMicrotask(() => countLine?.focus());
  };
  // The latest rows at once, when the screen opens with coverage.
  queueMicrotask(() => {
    if (!navigator.onLine) return;
    void ensureEnrollmentLoaded().then(() => {
      if (isCoordinator()) void show();
    });
  });

  const partName = (row: AccessRow) => (row.part ? (texts().parts[row.part] ?? row.part) : '');
  // One download URL per result, released when the next one replaces it or the screen closes.
  const csvHref = createMemo<string | undefined>((previous) => {
    if (previous) URL.revokeObjectURL(previous);
    const rows = result()?.rows ?? [];
    const csv = toSwedishCsv([
      texts().columns,
      ...rows.map((r) => [
        formatDateTime(r.at, 'sv'),
        texts().kind[r.kind],
        r.granted ? texts().granted : texts().refused(r.code),
        r.personName,
        r.personId,
        r.role,
        r.unitId,
        r.orgId,
        r.caseId,
        partName(r),
      ]),
    ]);
    return URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  });
  onCleanup(() => {
    const href = csvHref();
    if (href) URL.revokeObjectURL(href);
  });

  return (
    <article class="access-log">
      <h1>{texts().title}</h1>
      <p>{texts().intro}</p>
      <Show when={isCoordinator()} fallback={<p>{texts().notCoordinator}</p>}>
        <form onSubmit={(e) => void show(e)} novalidate class="access-log-filters">
          <TextField
            id="access-case"
            label={texts().caseId}
            hint={texts().caseIdHint}
            value={caseId()}
            onInput={setCaseId}
            requiredText={t().form.required}
            optionalText={t().form.optional}
          />
          <TextField
            id="access-person"
            label={texts().personId}
            value={personId()}
            onInput={setPersonId}
            requiredText={t().form.required}
            optionalText={t().form.optional}
          />
          <TextField
            id="access-since"
            label={texts().since}
            hint={texts().sinceHint}
            value={since()}
            onInput={setSince}
            inputMode="numeric"
            requiredText={t().form.required}
            optionalText={t().form.optional}
          />
          <button type="submit" class="button button--primary" disabled={busy()}>
            {texts().show}
          </button>
        </form>
        <Show when={problem()}>
          <p class="problem-summary" role="alert" tabindex="-1" ref={problemBox} data-access-problem>
            {problem()}
          </p>
        </Show>
        <Show when={result()}>
          {(found) => (
            <section aria-labelledby="access-count">
              <p id="access-count" tabindex="-1" ref={countLine} role="status">
                {found().rows.length === 0 ? texts().empty : texts().count(found().rows.length, found().more)}
              </p>
              <Show when={found().rows.length > 0}>
                <a
                  class="button"
                  href={csvHref()}
                  download={`atkomstlogg-${new Date().toISOString().slice(0, 10)}.csv`}
                >
                  {texts().export}
                </a>
                <ol class="access-rows" data-access-rows>
                  <For each={found().rows}>
                    {(row) => (
                      <li data-granted={String(row.granted)}>
                        <strong>
                          {texts().kind[row.kind]} {partName(row)}
                        </strong>{' '}
                        – {formatDateTime(row.at, lang())} –{' '}
                        <span classList={{ 'access-refused': !row.granted }}>
                          {row.granted ? texts().granted : texts().refused(row.code)}
                        </span>
                        <br />
                        <span lang="sv">{row.personName ?? '–'}</span>
                        {row.role ? ` (${(t().sync.roles as Record<string, string>)[row.role] ?? row.role})` : ''}
                        {row.unitId ? `, ${row.unitId}` : ''}
                        {row.orgId ? `, ${row.orgId}` : ''}
                        <Show when={row.caseId}>
                          {(id) => (
                            <>
                              <br />
                              <A href={ROUTES.view(id())} aria-label={`${texts().caseLink} ${id()}`}>
                                {id()}
                              </A>
                            </>
                          )}
                        </Show>
                      </li>
                    )}
                  </For>
                </ol>
              </Show>
            </section>
          )}
        </Show>
      </Show>
    </article>
  );
}
