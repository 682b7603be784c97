import { createSignal, Show } from 'solid-js';
import { OTHER_AGREEMENT, SYSTEM_FAILURE_ANSWERS, type ReportField } from '../../domain/report';
import { FORM_SECTIONS } from '../../domain/reportSections';
import { BoundInput, BoundRadios, BoundText } from './BoundFields';
import type { FormProps } from './formProps';

const MORE_FIELDS: readonly ReportField[] = [...FORM_SECTIONS.find((s) => s.key === 'more')!.fields, 'agreementText'];

/**
 * "Mer om händelsen (frivilligt)": what helps the receiver but never stops her from sending.
 * Folded away until she wants it; open whenever something in it is filled in or needs fixing.
 */
export function MoreSection(props: FormProps) {
  const t = () => props.t();
  const labels = () => t().reporting.labels;
  const draft = () => props.editor.draft();
  const inSection = (field: ReportField) => !(field === 'agreementText' && draft().agreementId === OTHER_AGREEMENT);
  const hasContent = () => MORE_FIELDS.some((field) => inSection(field) && draft()[field] !== undefined);
  const hasErrors = () => MORE_FIELDS.some((field) => inSection(field) && props.errorFor(field) !== undefined);
  // Her choice once she has made one; until then, open when something in it is filled in.
  const [wanted, setWanted] = createSignal<boolean | null>(null);
  const open = () => hasErrors() || (wanted() ?? hasContent());
  return (
    <section class="form-section" aria-labelledby="section-more">
      <h2 id="section-more" class="form-section-toggle">
        <button
          type="button"
          class="fold-toggle"
          aria-expanded={open()}
          aria-controls="section-more-fields"
          data-more-toggle
          onClick={() => setWanted(!open())}
        >
          {t().reporting.moreToggle}
        </button>
      </h2>
      <div id="section-more-fields">
        <Show when={open()}>
          <Show when={draft().agreementId !== undefined && draft().agreementId !== OTHER_AGREEMENT}>
            <BoundText p={props} field="agreementText" label={labels().agreementTextMore} />
          </Show>
          <BoundText p={props} field="consequenceText" label={labels().consequenceText(props.word())} />
          <BoundText p={props} field="immediateAction" label={labels().immediateAction} />
          <BoundText p={props} field="suggestedImprovement" label={labels().suggestedImprovement} />
          <BoundRadios
            p={props}
            field="systemFailure"
            label={labels().systemFailure}
            options={SYSTEM_FAILURE_ANSWERS.map((value) => ({ value, label: t().form.systemFailure[value] }))}
          />
          <BoundInput
            p={props}
            field="ownSystemReference"
            label={labels().ownSystemReference}
            hint={t().form.hints.ownSystemReference}
          />
        </Show>
      </div>
    </section>
  );
}
