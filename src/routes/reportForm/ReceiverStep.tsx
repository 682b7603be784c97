import { Show } from 'solid-js';
import { OTHER_AGREEMENT } from '../../domain/report';
import { BoundInput, BoundSelect, BoundText } from './BoundFields';
import type { StepProps } from './stepProps';

export function ReceiverStep(props: StepProps) {
  const agreements = () => [
    ...props.profile().agreements.map((a) => ({ value: a.id, label: a.name })),
    { value: OTHER_AGREEMENT, label: props.t().form.otherAgreement },
  ];
  return (
    <>
      <BoundInput p={props} field="receivingOrganisation" required />
      <BoundInput p={props} field="receivingUnit" required hint={props.t().form.hints.receivingUnit} />
      <BoundSelect p={props} field="agreementId" required options={agreements()} />
      <Show when={props.editor.draft().agreementId !== undefined}>
        <BoundText p={props} field="agreementText" required={props.editor.draft().agreementId === OTHER_AGREEMENT} />
      </Show>
      <BoundSelect
        p={props}
        field="area"
        required
        options={props.profile().areas.map((a) => ({ value: a.id, label: a.name }))}
      />
      <BoundSelect
        p={props}
        field="classification"
        required
        options={props.profile().classifications.map((c) => ({ value: c.id, label: c.name }))}
      />
    </>
  );
}
