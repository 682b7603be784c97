import { useI18n } from './i18n';

/** Svenska / English, as two toggle buttons (each names itself in its own language). */
export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <div class="language-switch" role="group" aria-label={t().app.language}>
      <button
        type="button"
        class="button button--ghost"
        lang="sv"
        aria-pressed={lang() === 'sv'}
        onClick={() => void setLang('sv')}
      >
        Svenska
      </button>
      <button
        type="button"
        class="button button--ghost"
        lang="en"
        aria-pressed={lang() === 'en'}
        onClick={() => void setLang('en')}
      >
        English
      </button>
    </div>
  );
}
