import { For } from 'solid-js';
import { useI18n } from '../app/i18n';
import { usePageTitle } from '../app/usePageTitle';

/** /tillganglighet — the accessibility statement the law (2018:1937) requires. */
export default function AccessibilityRoute() {
  usePageTitle((t) => t.about.title);
  const { t } = useI18n();
  return (
    <article>
      <h1>{t().about.title}</h1>
      <p>{t().about.body}</p>
      <p>{t().about.status}</p>
      <h2>{t().about.gapsHeading}</h2>
      <ul>
        <For each={t().about.gaps}>{(gap) => <li>{gap}</li>}</For>
      </ul>
      <h2>{t().about.methodHeading}</h2>
      <p>{t().about.method}</p>
      <h2>{t().about.feedbackHeading}</h2>
      <p>{t().about.feedback}</p>
      <h2>{t().about.supervisionHeading}</h2>
      <p>
        {t().about.supervision}{' '}
        <a href="https://www.digg.se/tdosanmalan" rel="noopener">
          {t().about.supervisionLink}
        </a>
      </p>
    </article>
  );
}
