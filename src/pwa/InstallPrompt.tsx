import { createSignal, Show } from 'solid-js';
import { useI18n } from '../app/i18n';
import { installEvent, needsIosInstallHint, promptInstall } from './installEvents';

const DISMISSED_KEY = 'samverka.installHintDismissed';

/**
 * Says what installing gives (the home screen, work without coverage), then offers it: an
 * install button where the browser has one, the Share-menu steps on iPhone/iPad.
 */
export function InstallPrompt() {
  const { t } = useI18n();
  const [dismissed, setDismissed] = createSignal(localStorage.getItem(DISMISSED_KEY) === '1');
  const dismiss = () => {
    localStorage.setItem(DISMISSED_KEY, '1');
    setDismissed(true);
  };
  return (
    <Show when={!dismissed() && (installEvent() || needsIosInstallHint())}>
      <div class="banner banner--info" role="region" aria-labelledby="install-heading" data-install-prompt>
        <p id="install-heading">
          <strong>{t().pwa.installHeading}</strong>
        </p>
        <p>{t().pwa.installBenefit}</p>
        <Show when={needsIosInstallHint() && !installEvent()}>
          <p>{t().pwa.iosHint}</p>
        </Show>
        <div class="banner-actions">
          <Show when={installEvent()}>
            <button type="button" class="button" onClick={() => void promptInstall()}>
              {t().pwa.install}
            </button>
          </Show>
          <button type="button" class="button button--ghost" onClick={dismiss}>
            {t().pwa.dismiss}
          </button>
        </div>
      </div>
    </Show>
  );
}
