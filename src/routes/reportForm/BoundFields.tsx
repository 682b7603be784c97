import type { ReportScalarField, ReportTextField } from '../../domain/report';
import { TextField } from '../../ui/TextField';
import { SelectField, type SelectOption } from '../../ui/SelectField';
import { RadioGroup } from '../../ui/RadioGroup';
import { SharedTextArea } from '../../ui/SharedTextArea';
import { createHeldTextField } from '../../primitives/createHeldTextField';
import { fieldId, type FormProps } from './formProps';

type Common = { p: FormProps; required?: boolean; hint?: string; label?: string };

/** A one-line field bound to a scalar of the report doc. */
export function BoundInput(
  props: Common & {
    field: ReportScalarField;
    type?: 'text' | 'email' | 'tel';
    autocomplete?: string;
  },
) {
  return (
    <TextField
      id={fieldId(props.field)}
      label={props.label ?? props.p.t().form.fields[props.field]}
      value={String(props.p.editor.draft()[props.field] ?? '')}
      onInput={(value) => props.p.editor.setScalar(props.field, value)}
      type={props.type}
      hint={props.hint}
      error={props.p.errorFor(props.field)}
      required={props.required}
      requiredText={props.p.t().form.required}
      optionalText={props.p.t().form.optional}
      autocomplete={props.autocomplete}
    />
  );
}

/** A drop-down bound to a scalar of the report doc. */
export function BoundSelect(props: Common & { field: ReportScalarField; options: readonly SelectOption[] }) {
  return (
    <SelectField
      id={fieldId(props.field)}
      label={props.label ?? props.p.t().form.fields[props.field]}
      value={String(props.p.editor.draft()[props.field] ?? '')}
      options={props.options}
      placeholder={props.p.t().form.choose}
      onChange={(value) => props.p.editor.setScalar(props.field, value || undefined)}
      hint={props.hint}
      error={props.p.errorFor(props.field)}
      required={props.required}
      requiredText={props.p.t().form.required}
      optionalText={props.p.t().form.optional}
    />
  );
}

/** Radio choices bound to a scalar; `parse` turns the chosen text back into the stored value. */
export function BoundRadios(
  props: Common & {
    field: ReportScalarField;
    options: readonly { value: string; label: string; detail?: string; lang?: string }[];
    parse?: (value: string) => string | number;
    /** Instead of storing the choice as it is (the agreement also sets its area). */
    onChoose?: (value: string) => void;
  },
) {
  return (
    <RadioGroup
      id={fieldId(props.field)}
      legend={props.label ?? props.p.t().form.fields[props.field]}
      value={String(props.p.editor.draft()[props.field] ?? '')}
      options={props.options}
      onChange={(value) =>
        props.onChoose
          ? props.onChoose(value)
          : props.p.editor.setScalar(props.field, props.parse ? props.parse(value) : value)
      }
      error={props.p.errorFor(props.field)}
      required={props.required}
      requiredText={props.p.t().form.required}
      optionalText={props.p.t().form.optional}
    />
  );
}

/**
 * A free-text field (a shared Y.Text) with the PII guard. Once the report is submitted the
 * receiving unit reads it live, so from then on it goes through the sharing guard too.
 */
export function BoundText(props: Common & { field: ReportTextField }) {
  const control = createHeldTextField({
    caseId: props.p.caseId,
    fieldId: fieldId(props.field),
    value: () => props.p.editor.draft()[props.field] ?? '',
    guarded: () => props.p.submitted(),
    share: (next, cursor) => props.p.editor.editText(props.field, next, cursor),
    release: (base, held) => props.p.editor.releaseText(props.field, base, held),
    replace: (start, end, by) => props.p.editor.replaceText(props.field, start, end, by),
  });
  const t = () => props.p.t();
  return (
    <SharedTextArea
      id={fieldId(props.field)}
      label={props.label ?? t().form.fields[props.field]}
      control={control}
      heldTexts={{ identity_number: t().sharing.heldBack, typing_number: t().sharing.heldTyping }}
      hint={props.hint}
      error={props.p.errorFor(props.field)}
      required={props.required}
      requiredText={t().form.required}
      optionalText={t().form.optional}
      texts={props.p.submitted() ? { ...t().pii, block: t().sharing.piiBlock } : t().pii}
    />
  );
}
