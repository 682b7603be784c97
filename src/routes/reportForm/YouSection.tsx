import { BoundInput } from './BoundFields';
import type { FormProps } from './formProps';

/**
 * "Dina uppgifter": already filled in, from her last report (and on a connected device her name,
 * unit and organisation from the enrollment), so it is last and asks nothing in the common case.
 */
export function YouSection(props: FormProps) {
  const labels = () => props.t().reporting.labels;
  return (
    <>
      <p class="field-hint">{props.t().reporting.youHint}</p>
      <BoundInput p={props} field="reporterName" required autocomplete="name" />
      <BoundInput
        p={props}
        field="reporterRole"
        required
        hint={labels().reporterRoleHint}
        autocomplete="organization-title"
      />
      <BoundInput p={props} field="reporterUnit" required />
      <BoundInput p={props} field="reporterOrganisation" required autocomplete="organization" />
      <BoundInput p={props} field="reporterContact" label={labels().reporterContact} />
    </>
  );
}
