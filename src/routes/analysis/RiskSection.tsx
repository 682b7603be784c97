import { Show } from 'solid-js';
import { RISK_LEVELS, riskLevel, riskScore } from '../../domain/analysis';
import type { AnalysisModel } from '../../primitives/createAnalysis';
import { useI18n } from '../../app/i18n';
import { AnalysisScalar } from './AnalysisFields';

/** The optional risk matrix: probability × severity, 1–16. */
export function RiskSection(props: { m: AnalysisModel }) {
  const { t } = useI18n();
  const tr = () => t().analysis.risk;
  const levels = RISK_LEVELS.map((n) => ({ value: String(n), label: String(n) }));
  const score = () => riskScore(props.m.content.risk.probability.value, props.m.content.risk.severity.value);
  return (
    <section class="analysis-section" aria-labelledby="risk-heading">
      <h2 id="risk-heading">{tr().heading}</h2>
      <div class="analysis-row">
        <AnalysisScalar
          m={props.m}
          id="risk-probability"
          label={tr().probability}
          target={{ kind: 'risk', field: 'probability' }}
          field={props.m.content.risk.probability}
          input={{ kind: 'select', options: levels, parse: Number }}
        />
        <AnalysisScalar
          m={props.m}
          id="risk-severity"
          label={tr().severity}
          target={{ kind: 'risk', field: 'severity' }}
          field={props.m.content.risk.severity}
          input={{ kind: 'select', options: levels, parse: Number }}
        />
      </div>
      <Show when={score()}>{(s) => <p class="risk-score">{tr().score(s(), tr().levels[riskLevel(s())])}</p>}</Show>
    </section>
  );
}
