import { Show } from 'solid-js';
import type { Field } from '../../domain/analysis';
import type { RegisterValue } from '../../domain/scalarRegister';
import type { ScalarTarget, TextTarget } from '../../storage/analysisDoc';
import type { AnalysisModel } from '../../primitives/createAnalysis';
import { useI18n } from '../../app/i18n';
import { createHeldTextField } from '../../primitives/createHeldTextField';
import { SharedTextArea } from '../../ui/SharedTextArea';
import { TextField } from '../../ui/TextField';
import { SelectField, type SelectOption } from '../../ui/SelectField';
import { CheckboxField } from '../../ui/CheckboxField';
import { ConflictNote } from '../../ui/ConflictNote';

/**
 * Who else is in this field right now ("Bo Ek skriver här"); with `prefix`, in any field whose
 * id starts with it (a closed entry: someone is in one of its fields).
 */
export function PresenceNote(props: { m: AnalysisModel; field: string; prefix?: boolean }) {
  const { t } = useI18n();
  const here = () =>
    props.m.others().filter((p) => (props.prefix ? p.field?.startsWith(props.field) : p.field === props.field));
  return (
    <Show when={props.m.others().length > 0 && here().length > 0}>
      <p class="presence-here" data-presence={props.field}>
        {t().analysis.presenceHere(
          here()
            .map((p) => `${p.name} (${p.orgName})`)
            .join(', '),
        )}
      </p>
    </Show>
  );
}

/** Tells the others which field this person is in while focus is inside. */
function Tracked(props: { m: AnalysisModel; id: string; children: unknown }) {
  return (
    <div
      class="tracked-field"
      onFocusIn={() => props.m.focus(props.id)}
      onFocusOut={(e) => {
        if (e.currentTarget.contains(e.relatedTarget as Node | null)) return;
        props.m.focus(null);
      }}
    >
      {props.children as never}
      <PresenceNote m={props.m} field={props.id} />
    </div>
  );
}

/** A shared text of the analysis, with the PII guard and the sharing guard: both organisations read it. */
export function AnalysisText(props: {
  m: AnalysisModel;
  id: string;
  label: string;
  target: TextTarget;
  value: string;
  hint?: string;
  rows?: number;
  required?: boolean;
}) {
  const { t } = useI18n();
  // An identity number never leaves the device: while the text holds one (or one is being
  // typed), the edit stays here, shown and kept, and is shared once it is replaced. What the
  // others type meanwhile is merged into it, and the release merges it into theirs.
  const control = createHeldTextField({
    caseId: props.m.caseId,
    fieldId: props.id,
    value: () => props.value,
    // Only the loaded doc is the shared text: a snapshot drawn before it is no base to merge onto.
    ready: () => props.m.ready(),
    share: (next, cursor) => props.m.editText(props.target, next, cursor),
    release: (base, text) => props.m.releaseText(props.target, base, text),
    replace: (start, end, by) => props.m.replaceText(props.target, start, end, by),
  });
  return (
    <Tracked m={props.m} id={props.id}>
      <SharedTextArea
        control={control}
        heldTexts={{ identity_number: t().sharing.heldBack, typing_number: t().sharing.heldTyping }}
        required={props.required}
        id={props.id}
        label={props.label}
        rows={props.rows ?? 3}
        hint={props.hint}
        requiredText={t().form.required}
        optionalText={t().form.optional}
        texts={{ ...t().pii, block: t().sharing.piiBlock }}
      />
    </Tracked>
  );
}

type ScalarInput =
  | { kind: 'date' | 'datetime-local' }
  | { kind: 'select'; options: readonly SelectOption[]; parse?: (value: string) => RegisterValue }
  | { kind: 'checkbox' };

/** A scalar field of the analysis, and its conflict when two people set it apart. */
export function AnalysisScalar(props: {
  m: AnalysisModel;
  id: string;
  label: string;
  target: ScalarTarget;
  field: Field<string | number | boolean>;
  input: ScalarInput;
  hint?: string;
}) {
  const { t } = useI18n();
  const set = (value: RegisterValue) => props.m.setScalar(props.target, value);
  const format = (value: RegisterValue): string => {
    const input = props.input;
    if (input.kind === 'checkbox') return value ? t().common.yes : t().common.no;
    if (input.kind === 'select') return input.options.find((o) => o.value === String(value))?.label ?? String(value);
    return String(value).replace('T', ' ');
  };
  const control = () => {
    const input = props.input;
    if (input.kind === 'checkbox')
      return <CheckboxField id={props.id} label={props.label} checked={props.field.value === true} onChange={set} />;
    if (input.kind === 'select')
      return (
        <SelectField
          id={props.id}
          label={props.label}
          value={props.field.value === null ? '' : String(props.field.value)}
          options={input.options}
          placeholder={t().form.choose}
          hint={props.hint}
          onChange={(value) => set(value === '' ? null : input.parse ? input.parse(value) : value)}
          requiredText={t().form.required}
          optionalText={t().form.optional}
        />
      );
    // A date typed part by part is empty (or half a date) between keystrokes: an empty value is
    // only written when the person leaves the field empty, never half-way through typing.
    return (
      <TextField
        id={props.id}
        label={props.label}
        type={input.kind}
        value={props.field.value === null ? '' : String(props.field.value)}
        hint={props.hint}
        onInput={(value) => {
          if (value !== '' && value !== props.field.value) set(value);
        }}
        onBlur={(value) => {
          if (value === '' && props.field.value !== null) set(null);
        }}
        requiredText={t().form.required}
        optionalText={t().form.optional}
      />
    );
  };
  return (
    <Tracked m={props.m} id={props.id}>
      {control()}
      <ConflictNote
        id={props.id}
        label={props.label}
        current={props.field.value}
        alternatives={props.field.alternatives}
        format={format}
        onKeep={set}
        texts={t().analysis.conflict}
      />
    </Tracked>
  );
}
