import { For } from 'solid-js';

export interface ProblemLink {
  href: string;
  label: string;
  message: string;
}

/**
 * The list of what blocks submission, each a link to its field; announced when it appears.
 * A link within the page (`#id`) moves focus into its field, not only the scroll position.
 */
export function ProblemSummary(props: {
  heading: string;
  problems: readonly ProblemLink[];
  ref?: (el: HTMLDivElement) => void;
  /** Id of the heading; two summaries on one page need their own. */
  headingId?: string;
}) {
  const headingId = () => props.headingId ?? 'problem-summary-heading';
  const follow = (event: MouseEvent, href: string) => {
    if (!href.startsWith('#')) return;
    const target = document.getElementById(href.slice(1));
    if (!target) return;
    event.preventDefault();
    const control = target.matches('input, textarea, select')
      ? target
      : target.querySelector<HTMLElement>('input, textarea, select');
    (control ?? target).focus();
    target.scrollIntoView({ block: 'center' });
  };
  return (
    <div class="problem-summary" role="alert" tabindex="-1" ref={props.ref} aria-labelledby={headingId()}>
      <h3 id={headingId()}>{props.heading}</h3>
      <ul>
        <For each={props.problems}>
          {(problem) => (
            <li>
              <a href={problem.href} onClick={(event) => follow(event, problem.href)}>
                {problem.label}: {problem.message}
              </a>
            </li>
          )}
        </For>
      </ul>
    </div>
  );
}
