import { For, Show } from 'solid-js';
import { useI18n } from '../../app/i18n';
import { caseLogWords } from '../../i18n/caseLogWords';
import type { CaseReview } from '../../primitives/createCaseReview';
import { formatDateTime } from '../../ui/format';
import { Disclosure } from './Disclosure';

/**
 * The case log, folded away until wanted: status events and escalations together, in time order.
 * Nothing in it can be edited. Role names are the app's words and are translated; names, units
 * and comments are what people wrote, in Swedish (lang="sv" in the English interface).
 */
export function CaseLog(props: { review: CaseReview; forumName: (id: string) => string }) {
  const { t, lang } = useI18n();
  const words = () => caseLogWords(lang());
  // An enrolled person's role is a key the app translates; an unenrolled reporter typed her own.
  const translated = (stored: string) => (t().sync.roles as Record<string, string | undefined>)[stored];
  const actionLabel = (action: string) =>
    action === 'escalate' ? words().escalateAction : t().action[action as keyof ReturnType<typeof t>['action']];
  // Logged entries by the relay's time; this device's proposals not yet logged come last.
  const log = () =>
    [
      ...props.review.trail().map((e) => ({
        at: e.event.at,
        label: t().action[e.event.action],
        actor: e.event.actor,
        comment: e.event.comment,
        applied: e.applied,
        pending: e.event.seq === undefined,
        refused: null as string | null,
      })),
      ...props.review.escalations().map((e) => ({
        at: e.at,
        label: `${t().review.escalatedEntry}: ${props.forumName(e.forum)}`,
        actor: e.actor,
        comment: e.summary,
        applied: true,
        pending: e.seq === undefined,
        refused: null as string | null,
      })),
      ...props.review.refusals().map((r) => ({
        at: r.at,
        label: words().refusedEntry(actionLabel(r.action)),
        actor: null,
        comment: undefined,
        applied: false,
        pending: false,
        refused: words().refusalReason[r.reason],
      })),
    ].sort((a, b) => Number(a.pending) - Number(b.pending) || a.at - b.at);
  return (
    <Disclosure id="trail" heading={t().review.trailHeading} count={t().caseView.logCount(log().length)}>
      <Show when={log().length > 0} fallback={<p>{t().review.trailEmpty}</p>}>
        <ol class="audit-trail" data-audit-trail>
          <For each={log()}>
            {(entry) => (
              <li
                data-applied={String(entry.applied)}
                data-pending={entry.pending ? 'true' : undefined}
                data-refused={entry.refused ? 'true' : undefined}
              >
                <strong>{entry.label}</strong> – {formatDateTime(entry.at, lang())}
                <Show when={entry.actor} fallback={<> – {entry.refused}</>}>
                  {(actor) => (
                    <>
                      {' '}
                      – <span lang="sv">{actor().name}</span> (
                      <span data-role lang={translated(actor().role) ? undefined : 'sv'}>
                        {translated(actor().role) ?? actor().role}
                      </span>
                      ),{' '}
                      <span lang="sv">
                        {actor().unit}, {actor().organisation}
                      </span>
                      <Show when={entry.comment}>
                        : ”<span lang="sv">{entry.comment}</span>”
                      </Show>
                      <Show when={entry.pending}> – {words().trailPending}</Show>
                      <Show when={!entry.applied && !entry.pending}> – {t().review.trailNoEffect}</Show>
                    </>
                  )}
                </Show>
              </li>
            )}
          </For>
        </ol>
      </Show>
    </Disclosure>
  );
}
