import { A, type RouteSectionProps } from '@solidjs/router';
import { ErrorBoundary, Show, Suspense, lazy } from 'solid-js';
import { useI18n } from './i18n';
import { ROUTES } from './routes';
import { LanguageSwitch } from './LanguageSwitch';
import { createIdle } from './whenIdle';
import { createFocusOnNavigation } from './focusOnNavigation';

// Banners need storage and the service worker; they load beside the first screen, not before it.
const AppBanners = lazy(() => import('./AppBanners'));
// The footer's version line is drawn at idle too; its date formatting stays out of the first JS.
const BuildVersion = lazy(() => import('./BuildVersion').then((m) => ({ default: m.BuildVersion })));

/** The frame around every screen: skip link, header with navigation, banners, main, footer. */
export function Shell(props: RouteSectionProps) {
  const { t } = useI18n();
  // Banners are not part of the first screen: load them once the browser is idle.
  const idle = createIdle();
  // A change of screen moves focus to its heading (not the first load: the skip link comes first).
  createFocusOnNavigation();
  return (
    <>
      <a
        class="skip-link"
        href="#main"
        onClick={(event) => {
          // The router would treat "#main" as a navigation; move focus ourselves.
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t().app.skipToContent}
      </a>
      <header class="app-header">
        <div class="app-title">
          <A href={ROUTES.list} class="app-name" end>
            {t().app.name}
          </A>
          <span class="app-tagline">{t().app.tagline}</span>
        </div>
        <nav aria-label={t().app.mainNav}>
          <ul class="nav-list">
            <li>
              <A href={ROUTES.list} end activeClass="nav-active">
                {t().nav.cases}
              </A>
            </li>
            <li>
              <A href={ROUTES.inbox} activeClass="nav-active">
                {t().nav.inbox}
              </A>
            </li>
            <li>
              <A href={ROUTES.newReport} activeClass="nav-active">
                {t().nav.newReport}
              </A>
            </li>
            <li>
              <A href={ROUTES.enroll} activeClass="nav-active">
                {t().nav.enroll}
              </A>
            </li>
            <li>
              <A href={ROUTES.settings} activeClass="nav-active">
                {t().nav.settings}
              </A>
            </li>
          </ul>
        </nav>
        <LanguageSwitch />
      </header>
      <Show when={idle()}>
        <Suspense>
          <AppBanners />
        </Suspense>
      </Show>
      <main id="main" tabindex="-1">
        <ErrorBoundary
          fallback={(error) => {
            console.error(error);
            return (
              <div role="alert" class="problem-summary">
                <h1>{t().common.error}</h1>
                <p>{t().common.errorHint}</p>
              </div>
            );
          }}
        >
          <Suspense fallback={<p class="loading">{t().common.loading}</p>}>{props.children}</Suspense>
        </ErrorBoundary>
      </main>
      <footer class="app-footer">
        <A href={ROUTES.accessibility}>{t().nav.about}</A>
        <Show when={idle()}>
          <Suspense>
            <BuildVersion />
          </Suspense>
        </Show>
      </footer>
    </>
  );
}
