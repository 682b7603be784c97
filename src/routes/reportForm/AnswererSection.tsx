import { Show } from 'solid-js';
import { OTHER_AGREEMENT } from '../../domain/report';
import { areaAfterAgreementChange, areaOfAgreement, isAreaAsked } from '../../domain/reportDefaults';
import { shortAndFull } from '../../domain/reportWords';
import { createDirectory } from '../../primitives/directory';
import { cachedIdentity, enrollment } from '../../primitives/syncSignals';
import { SelectField } from '../../ui/SelectField';
import { BoundInput, BoundRadios, BoundSelect, BoundText } from './BoundFields';
import { fieldId, type FormProps } from './formProps';

/**
 * "Vem ska svara?": the unit where it failed, the agreement or routine that was not followed (by
 * the short name staff use, the full name beside it), and what failed. The area is not asked
 * when the agreement implies it.
 */
export function AnswererSection(props: FormProps) {
  const t = () => props.t();
  const labels = () => t().reporting.labels;
  const draft = () => props.editor.draft();
  const directory = createDirectory();
  const agreements = () => [
    ...props.profile().agreements.map((a) => {
      const names = shortAndFull(a);
      return { value: a.id, label: names.short, detail: names.full ?? undefined, lang: 'sv' };
    }),
    { value: OTHER_AGREEMENT, label: labels().agreementOther, detail: labels().agreementOtherHint },
  ];
  const chooseAgreement = (id: string) =>
    props.editor.setScalars({
      agreementId: id,
      area: areaAfterAgreementChange(props.profile(), draft().agreementId, id, draft().area),
    });
  const impliedArea = () => {
    const id = areaOfAgreement(props.profile(), draft().agreementId);
    return props.profile().areas.find((a) => a.id === id)?.name;
  };
  return (
    <>
      <Show
        when={(directory()?.organisations.length ?? 0) > 0 ? directory() : null}
        fallback={
          <>
            <BoundInput p={props} field="receivingOrganisation" required label={labels().receivingOrganisation} />
            <BoundInput
              p={props}
              field="receivingUnit"
              required
              label={labels().receivingUnit}
              hint={labels().receiverHint}
            />
          </>
        }
      >
        {(dir) => <ReceiverChoice p={props} organisations={dir().organisations} />}
      </Show>
      <BoundRadios
        p={props}
        field="agreementId"
        required
        label={labels().agreementId}
        options={agreements()}
        onChoose={chooseAgreement}
      />
      <Show when={draft().agreementId === OTHER_AGREEMENT}>
        <BoundText p={props} field="agreementText" required label={labels().agreementTextOther} />
      </Show>
      <Show
        when={isAreaAsked(props.profile(), draft().agreementId)}
        fallback={
          <Show when={impliedArea()}>
            {(area) => (
              <p class="derived-value" data-derived-area>
                {labels().areaFromAgreement(area())}
              </p>
            )}
          </Show>
        }
      >
        <BoundSelect
          p={props}
          field="area"
          required
          label={labels().area}
          options={props.profile().areas.map((a) => ({ value: a.id, label: a.name }))}
        />
      </Show>
      <BoundRadios
        p={props}
        field="classification"
        required
        label={labels().classification}
        options={props.profile().classifications.map((c) => ({ value: c.id, label: c.name, lang: 'sv' }))}
      />
    </>
  );
}

type Organisation = { id: string; name: string; units: { id: string; name: string }[] };

/**
 * The receiving unit from the cached directory, as one choice: units by name, grouped under
 * their organisation (ids for routing, names for reading). Her own unit is not offered: a
 * deviation is reported to another unit.
 */
function ReceiverChoice(props: { p: FormProps; organisations: Organisation[] }) {
  const t = () => props.p.t();
  const own = () => (enrollment()?.identity ?? cachedIdentity())?.unitId;
  const options = () =>
    props.organisations.flatMap((org) =>
      org.units.filter((u) => u.id !== own()).map((u) => ({ value: u.id, label: u.name, group: org.name })),
    );
  const choose = (unitId: string) => {
    const org = props.organisations.find((o) => o.units.some((u) => u.id === unitId));
    const unit = org?.units.find((u) => u.id === unitId);
    props.p.editor.setScalars({
      receivingOrgId: org?.id,
      receivingOrganisation: org?.name,
      receivingUnitId: unit?.id,
      receivingUnit: unit?.name,
    });
  };
  return (
    <SelectField
      id={fieldId('receivingUnit')}
      label={t().reporting.labels.receivingUnit}
      value={props.p.editor.draft().receivingUnitId ?? ''}
      options={options()}
      placeholder={t().sync.chooseUnit}
      onChange={choose}
      hint={t().reporting.labels.receiverHint}
      error={props.p.errorFor('receivingUnit') ?? props.p.errorFor('receivingOrganisation')}
      required
      requiredText={t().form.required}
      optionalText={t().form.optional}
    />
  );
}
