import { Show } from 'solid-js';
import { CASE_STATUSES } from '../domain/status';
import type { InboxFilter } from '../domain/inbox';
import type { Dictionary } from '../i18n/sv';
import { SelectField, type SelectOption } from './SelectField';
import { TextField } from './TextField';

/** How many filters besides the search are set: the "Filtrera" button says so while closed. */
export function chosenFilters(filter: InboxFilter): number {
  const { search: _search, ...rest } = filter;
  return Object.values(rest).filter(Boolean).length;
}

/**
 * The inbox's search, always in view, and its filters behind a "Filtrera" disclosure button, so
 * the cases come first on the screen. Props in, changes out: the route keeps them in the address.
 */
export function InboxFilters(props: {
  filter: InboxFilter;
  open: boolean;
  onToggle: (open: boolean) => void;
  onChange: (patch: Partial<InboxFilter>) => void;
  onClear: () => void;
  areas: readonly SelectOption[];
  agreements: readonly SelectOption[];
  counterparts: readonly SelectOption[];
  counterpartLabel: string;
  /** Our units, for a coordinator; none for a unit's own inbox. */
  units: readonly SelectOption[];
  t: Dictionary;
}) {
  const need = () => ({ requiredText: props.t.form.required, optionalText: props.t.form.optional });
  const flag = (key: 'newOnly' | 'overdueOnly' | 'unansweredOnly', label: string) => (
    <label class="radio inbox-overdue">
      <input
        type="checkbox"
        checked={props.filter[key] ?? false}
        onChange={(e) => props.onChange({ [key]: e.currentTarget.checked })}
      />
      <span>{label}</span>
    </label>
  );
  return (
    <form class="inbox-toolbar" onSubmit={(e) => e.preventDefault()} aria-label={props.t.inbox.filters}>
      <div class="inbox-toolbar-row">
        <TextField
          id="inbox-search"
          label={props.t.inbox.search}
          value={props.filter.search ?? ''}
          onInput={(search) => props.onChange({ search })}
          {...need()}
        />
        <button
          type="button"
          class="button"
          aria-expanded={props.open ? 'true' : 'false'}
          aria-controls="inbox-filter-panel"
          data-filter-toggle
          onClick={() => props.onToggle(!props.open)}
        >
          {props.t.lists.filterCount(chosenFilters(props.filter))}
        </button>
        <Show when={chosenFilters(props.filter) > 0 || props.filter.search}>
          <button type="button" class="button button--ghost" onClick={() => props.onClear()}>
            {props.t.lists.clearFilters}
          </button>
        </Show>
      </div>
      <div id="inbox-filter-panel" class={props.open ? 'inbox-filters' : undefined} hidden={!props.open}>
        <Show when={props.open}>
          <SelectField
            id="inbox-status"
            label={props.t.inbox.status}
            value={props.filter.status ?? ''}
            options={CASE_STATUSES.filter((s) => s !== 'draft').map((s) => ({ value: s, label: props.t.status[s] }))}
            placeholder={props.t.inbox.all}
            onChange={(status) => props.onChange({ status: status as InboxFilter['status'] })}
            {...need()}
          />
          <Show when={props.units.length > 0}>
            <SelectField
              id="inbox-unit"
              label={props.t.lists.unit}
              value={props.filter.unit ?? ''}
              options={props.units}
              placeholder={props.t.inbox.all}
              onChange={(unit) => props.onChange({ unit })}
              {...need()}
            />
          </Show>
          <SelectField
            id="inbox-area"
            label={props.t.form.fields.area}
            value={props.filter.area ?? ''}
            options={props.areas}
            placeholder={props.t.inbox.all}
            onChange={(area) => props.onChange({ area })}
            {...need()}
          />
          <SelectField
            id="inbox-agreement"
            label={props.t.inbox.agreement}
            value={props.filter.agreementId ?? ''}
            options={props.agreements}
            placeholder={props.t.inbox.all}
            onChange={(agreementId) => props.onChange({ agreementId })}
            {...need()}
          />
          <SelectField
            id="inbox-counterpart"
            label={props.counterpartLabel}
            value={props.filter.counterpart ?? ''}
            options={props.counterparts}
            placeholder={props.t.inbox.all}
            onChange={(counterpart) => props.onChange({ counterpart })}
            {...need()}
          />
          <fieldset class="inbox-flags">
            <legend class="visually-hidden">{props.t.lists.filter}</legend>
            {flag('newOnly', props.t.lists.newOnly)}
            {flag('overdueOnly', props.t.inbox.overdueOnly)}
            {flag('unansweredOnly', props.t.lists.unansweredOnly)}
          </fieldset>
        </Show>
      </div>
    </form>
  );
}
