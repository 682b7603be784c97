import { SEVERITIES } from '../../domain/report';
import { BoundRadios, BoundText } from './BoundFields';
import type { StepProps } from './stepProps';

export function DescriptionStep(props: StepProps) {
  return (
    <>
      <BoundText p={props} field="description" required hint={props.t().form.hints.description} />
      <BoundRadios
        p={props}
        field="consequenceSeverity"
        required
        options={SEVERITIES.map((value) => ({ value: String(value), label: props.t().form.severity[value] }))}
        parse={Number}
      />
      <BoundText p={props} field="consequenceText" />
    </>
  );
}
