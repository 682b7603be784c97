import { Show } from 'solid-js';
import { buildLabel } from '../ui/buildLabel';
import { useI18n } from './i18n';
import { createIdle } from './whenIdle';

/**
 * "Version 0.1.0 · byggd 29 nov. 2026 10:12" in the footer: words a person can read out to
 * support. The exact build id stays in `data-build-id` and the tooltip.
 */
export function BuildVersion() {
  const { t, lang } = useI18n();
  // Drawn once the browser is idle: the first date formatter a page makes costs 50–65 ms on a
  // slow tablet, which the first screen should not wait for.
  const idle = createIdle();
  const label = () => buildLabel(__APP_VERSION__, __BUILD_ID__, lang());
  return (
    <Show when={__BUILD_ID__ && idle()}>
      <span title={`${t().app.buildId}: ${__BUILD_ID__}`}>
        {t().app.version} {label().version} ·{' '}
        <Show when={label().builtAt} fallback={<span data-build-id={__BUILD_ID__}>{__BUILD_ID__}</span>}>
          {(builtAt) => (
            <>
              {t().app.built}{' '}
              <time datetime={__BUILD_ID__} data-build-id={__BUILD_ID__}>
                {builtAt()}
              </time>
            </>
          )}
        </Show>
      </span>
    </Show>
  );
}
