import { createSignal } from 'solid-js';
import { addDays, parseTypedDate } from '../../domain/isoDate';
import { checkDateField, type ReportProblemCode } from '../../domain/reportValidation';
import { TextField } from '../../ui/TextField';
import { fieldId, type FormProps } from './formProps';

/**
 * A date of the report, typed as ÅÅÅÅ-MM-DD (or 20261120) in a plain field, so the hint says what
 * the field shows in every browser language (a browser's own date control draws its parts in the
 * browser's order, and a slip there stored year 1120). "I dag" and "I går" are one tap each. The
 * date is checked as soon as she leaves the field: a date that does not exist, a year no report
 * can be about, a day still to come.
 */
export function BoundDate(props: {
  p: FormProps;
  field: 'eventDate' | 'discoveredDate';
  label: string;
  required?: boolean;
}) {
  const t = () => props.p.t();
  const [typed, setTyped] = createSignal<ReportProblemCode | null>(null);
  const store = (value: string | undefined) => props.p.editor.setScalar(props.field, value || undefined);
  const input = (text: string) => {
    // A whole date is stored in ISO form as soon as it is typed; a part stays as typed meanwhile.
    store(parseTypedDate(text) ?? text);
    // Once wrong, the message follows every change; before that it waits until she leaves the field.
    if (typed()) setTyped(checkDateField(parseTypedDate(text, true) ?? (text || undefined), props.p.today));
  };
  const leave = (text: string) => {
    const date = parseTypedDate(text, true);
    if (date) store(date);
    setTyped(checkDateField(date ?? (text.trim() || undefined), props.p.today));
  };
  const choose = (date: string) => {
    store(date);
    setTyped(null);
  };
  const error = () => {
    const code = typed();
    return code ? t().problem[code] : props.p.errorFor(props.field);
  };
  return (
    <div class="date-field">
      <TextField
        id={fieldId(props.field)}
        label={props.label}
        value={String(props.p.editor.draft()[props.field] ?? '')}
        onInput={input}
        onBlur={leave}
        inputMode="numeric"
        hint={t().reporting.dateHint(props.p.today)}
        error={error()}
        required={props.required}
        requiredText={t().form.required}
        optionalText={t().form.optional}
      />
      <div class="date-shortcuts" role="group" aria-label={props.label}>
        <button type="button" class="button" data-date-shortcut="today" onClick={() => choose(props.p.today)}>
          {t().reporting.today}
        </button>
        <button
          type="button"
          class="button"
          data-date-shortcut="yesterday"
          onClick={() => choose(addDays(props.p.today, -1))}
        >
          {t().reporting.yesterday}
        </button>
      </div>
    </div>
  );
}
