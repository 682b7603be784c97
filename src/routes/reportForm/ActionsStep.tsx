import { SYSTEM_FAILURE_ANSWERS } from '../../domain/report';
import { BoundInput, BoundRadios, BoundText } from './BoundFields';
import type { StepProps } from './stepProps';

export function ActionsStep(props: StepProps) {
  return (
    <>
      <BoundText p={props} field="immediateAction" />
      <BoundText p={props} field="suggestedImprovement" />
      <BoundRadios
        p={props}
        field="systemFailure"
        required
        options={SYSTEM_FAILURE_ANSWERS.map((value) => ({ value, label: props.t().form.systemFailure[value] }))}
      />
      <BoundInput p={props} field="ownSystemReference" hint={props.t().form.hints.ownSystemReference} />
    </>
  );
}
