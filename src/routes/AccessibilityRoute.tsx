import { useI18n } from '../app/i18n';

/** /tillganglighet — the accessibility statement the law (2018:1937) requires. */
export default function AccessibilityRoute() {
  const { t } = useI18n();
  return (
    <article>
      <h1>{t().about.title}</h1>
      <p>{t().about.body}</p>
      <p>{t().about.report}</p>
    </article>
  );
}
