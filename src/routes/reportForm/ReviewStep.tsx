import { Show, type Accessor } from 'solid-js';
import type { ReportProblem } from '../../domain/reportValidation';
import { ProblemSummary } from '../../ui/ProblemSummary';
import { ReportSummary } from '../../ui/ReportSummary';
import { ROUTES } from '../../app/routes';
import { fieldId, stepOf } from './steps';
import type { StepProps } from './stepProps';

/** The whole report once more, what still blocks it, and the submit button. */
export function ReviewStep(
  props: StepProps & { problems: Accessor<ReportProblem[]>; attempted: Accessor<boolean>; onSubmit: () => void },
) {
  let summary: HTMLDivElement | undefined;
  const links = () =>
    props.problems().map((problem) => ({
      href: `${ROUTES.form(props.caseId, stepOf(problem.field))}#${fieldId(problem.field)}`,
      label: props.t().form.fields[problem.field],
      message: props.t().problem[problem.code],
    }));
  const submit = () => {
    props.onSubmit();
    // Move focus to the list of problems so a screen reader hears them at once.
    queueMicrotask(() => summary?.focus());
  };
  return (
    <>
      <Show
        when={props.problems().length > 0}
        fallback={
          <p class="notice notice--ok" role="status">
            {props.t().form.noProblems}
          </p>
        }
      >
        <Show
          when={props.attempted()}
          fallback={<p class="notice">{props.t().form.problemsHeading(props.problems().length)}</p>}
        >
          <ProblemSummary
            heading={props.t().form.problemsHeading(props.problems().length)}
            problems={links()}
            ref={(el) => (summary = el)}
          />
        </Show>
      </Show>
      <ReportSummary draft={props.editor.draft()} profile={props.profile()} t={props.t()} lang={props.lang()} />
      <button type="button" class="button button--primary" onClick={submit}>
        {props.t().form.submit}
      </button>
    </>
  );
}
