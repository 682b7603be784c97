import { Show } from 'solid-js';
import { OTHER_AGREEMENT } from '../../domain/report';
import { createDirectory } from '../../primitives/directory';
import { enrollment } from '../../primitives/syncSignals';
import { SelectField } from '../../ui/SelectField';
import { BoundInput, BoundSelect, BoundText } from './BoundFields';
import { fieldId } from './steps';
import type { StepProps } from './stepProps';

export function ReceiverStep(props: StepProps) {
  const directory = createDirectory();
  const agreements = () => [
    ...props.profile().agreements.map((a) => ({ value: a.id, label: a.name })),
    { value: OTHER_AGREEMENT, label: props.t().form.otherAgreement },
  ];
  return (
    <>
      <Show
        when={(directory()?.organisations.length ?? 0) > 0 ? directory() : null}
        fallback={
          <>
            <BoundInput p={props} field="receivingOrganisation" required />
            <BoundInput p={props} field="receivingUnit" required hint={props.t().form.hints.receivingUnit} />
          </>
        }
      >
        {(dir) => (
          <DirectoryChoice
            p={props}
            // A deviation is reported to another unit: the reporter's own unit is not offered.
            organisations={dir().organisations.map((o) => ({
              ...o,
              units: o.units.filter((u) => u.id !== enrollment()?.identity.unitId),
            }))}
          />
        )}
      </Show>
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

type Organisation = { id: string; name: string; units: { id: string; name: string }[] };

/** Receiving organisation and unit picked from the cached directory: ids for routing, names for reading. */
function DirectoryChoice(props: { p: StepProps; organisations: Organisation[] }) {
  const draft = () => props.p.editor.draft();
  const org = () => props.organisations.find((o) => o.id === draft().receivingOrgId);
  const chooseOrg = (id: string) => {
    const chosen = props.organisations.find((o) => o.id === id);
    props.p.editor.setScalar('receivingOrgId', chosen?.id);
    props.p.editor.setScalar('receivingOrganisation', chosen?.name);
    props.p.editor.setScalar('receivingUnitId', undefined);
    props.p.editor.setScalar('receivingUnit', undefined);
  };
  const chooseUnit = (id: string) => {
    const unit = org()?.units.find((u) => u.id === id);
    props.p.editor.setScalar('receivingUnitId', unit?.id);
    props.p.editor.setScalar('receivingUnit', unit?.name);
  };
  const t = () => props.p.t();
  return (
    <>
      <SelectField
        id={fieldId('receivingOrganisation')}
        label={t().form.fields.receivingOrganisation}
        value={draft().receivingOrgId ?? ''}
        options={props.organisations.map((o) => ({ value: o.id, label: o.name }))}
        placeholder={t().sync.chooseOrg}
        onChange={chooseOrg}
        error={props.p.errorFor('receivingOrganisation')}
        required
        requiredText={t().form.required}
        optionalText={t().form.optional}
      />
      <SelectField
        id={fieldId('receivingUnit')}
        label={t().form.fields.receivingUnit}
        value={draft().receivingUnitId ?? ''}
        options={(org()?.units ?? []).map((u) => ({ value: u.id, label: u.name }))}
        placeholder={t().sync.chooseUnit}
        onChange={chooseUnit}
        hint={t().form.hints.receivingUnit}
        error={props.p.errorFor('receivingUnit')}
        required
        requiredText={t().form.required}
        optionalText={t().form.optional}
      />
    </>
  );
}
