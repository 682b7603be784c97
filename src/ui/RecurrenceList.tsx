import { For, Show } from 'solid-js';
import type { RecurrenceSuggestion } from '../domain/recurrence';
import type { Dictionary } from '../i18n/sv';

/** Cases listed under an escalation suggestion; the rest are counted. */
const SHOWN_BEHIND_SUGGESTION = 10;

/**
 * Recurring patterns: the same reporting unit, the same agreement, again and again, each with
 * links to the cases behind it and a suggestion to escalate it as a system failure.
 */
export function RecurrenceList(props: {
  suggestions: readonly RecurrenceSuggestion[];
  agreementName: (id: string) => string;
  caseTitle: (id: string) => string;
  caseHref: (id: string) => string;
  periodDays: number;
  t: Dictionary['inbox'];
  lang: 'sv' | 'en';
}) {
  return (
    <section aria-labelledby="recurrence-heading" class="banner banner--info recurrence" data-recurrence>
      <h2 id="recurrence-heading">{props.t.recurrenceHeading}</h2>
      <For each={props.suggestions}>
        {(suggestion) => (
          <div data-recurrence-pattern>
            <p>
              {props.t.recurrence(
                suggestion.caseIds.length,
                suggestion.senderUnitId,
                props.agreementName(suggestion.agreementId),
                props.periodDays,
              )}
            </p>
            <ul>
              <For each={suggestion.caseIds.slice(0, SHOWN_BEHIND_SUGGESTION)}>
                {(id) => (
                  <li>
                    <a href={props.caseHref(id)} lang={props.lang === 'en' ? 'sv' : undefined}>
                      {props.caseTitle(id)}
                    </a>
                  </li>
                )}
              </For>
            </ul>
            <Show when={suggestion.caseIds.length > SHOWN_BEHIND_SUGGESTION}>
              <p>{props.t.andMore(suggestion.caseIds.length - SHOWN_BEHIND_SUGGESTION)}</p>
            </Show>
          </div>
        )}
      </For>
    </section>
  );
}
