import { BoundInput } from './BoundFields';
import type { StepProps } from './stepProps';

export function ReporterStep(props: StepProps) {
  return (
    <>
      <BoundInput p={props} field="reporterName" required autocomplete="name" />
      <BoundInput p={props} field="reporterRole" required autocomplete="organization-title" />
      <BoundInput p={props} field="reporterUnit" required />
      <BoundInput p={props} field="reporterOrganisation" required autocomplete="organization" />
      <BoundInput p={props} field="reporterContact" />
    </>
  );
}
