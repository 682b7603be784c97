import { EVENT_TYPES } from '../../domain/report';
import { swedishDateOf } from '../../domain/isoDate';
import { BoundInput, BoundRadios } from './BoundFields';
import type { StepProps } from './stepProps';

export function EventStep(props: StepProps) {
  const today = swedishDateOf(new Date());
  return (
    <>
      <BoundRadios
        p={props}
        field="eventType"
        required
        options={EVENT_TYPES.map((value) => ({ value, label: props.t().form.eventType[value] }))}
      />
      <BoundInput p={props} field="eventDate" type="date" required max={today} hint={props.t().form.hints.eventDate} />
      <BoundInput
        p={props}
        field="discoveredDate"
        type="date"
        required
        max={today}
        hint={props.t().form.hints.eventDate}
      />
    </>
  );
}
