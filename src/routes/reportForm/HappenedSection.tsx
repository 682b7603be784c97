import { createSignal, Show } from 'solid-js';
import { EVENT_TYPES, SEVERITIES } from '../../domain/report';
import { CheckboxField } from '../../ui/CheckboxField';
import { BoundRadios, BoundText } from './BoundFields';
import { BoundDate } from './BoundDate';
import type { FormProps } from './formProps';

/** "Vad hände?": her description first, then what kind of event, when, and how serious. */
export function HappenedSection(props: FormProps) {
  const t = () => props.t();
  const labels = () => t().reporting.labels;
  const draft = () => props.editor.draft();
  // Discovered the same day unless she says otherwise: then the date is asked, and kept.
  const [later, setLater] = createSignal(!!draft().discoveredDate && draft().discoveredDate !== draft().eventDate);
  const toggleLater = (checked: boolean) => {
    setLater(checked);
    if (!checked) props.editor.setScalar('discoveredDate', undefined);
  };
  return (
    <>
      <BoundText p={props} field="description" required hint={labels().descriptionHint(props.word())} />
      <BoundRadios
        p={props}
        field="eventType"
        required
        label={labels().eventType}
        options={EVENT_TYPES.map((value) => ({ value, label: t().reporting.eventType[value] }))}
      />
      <BoundDate p={props} field="eventDate" label={labels().eventDate} required />
      <CheckboxField
        id="field-discoveredLater"
        label={labels().discoveredLater}
        checked={later() || !!props.errorFor('discoveredDate')}
        onChange={toggleLater}
      />
      <Show when={later() || !!props.errorFor('discoveredDate')}>
        <BoundDate p={props} field="discoveredDate" label={labels().discoveredDate} />
      </Show>
      <BoundRadios
        p={props}
        field="consequenceSeverity"
        required
        label={labels().consequenceSeverity}
        options={SEVERITIES.map((value) => ({ value: String(value), label: t().form.severity[value] }))}
        parse={Number}
      />
    </>
  );
}
