import { For } from 'solid-js';

export interface ProblemLink {
  href: string;
  label: string;
  message: string;
}

/** The list of what blocks submission, each a link to its field; announced when it appears. */
export function ProblemSummary(props: {
  heading: string;
  problems: readonly ProblemLink[];
  ref?: (el: HTMLDivElement) => void;
}) {
  return (
    <div class="problem-summary" role="alert" tabindex="-1" ref={props.ref} aria-labelledby="problem-summary-heading">
      <h3 id="problem-summary-heading">{props.heading}</h3>
      <ul>
        <For each={props.problems}>
          {(problem) => (
            <li>
              <a href={problem.href}>
                {problem.label}: {problem.message}
              </a>
            </li>
          )}
        </For>
      </ul>
    </div>
  );
}
