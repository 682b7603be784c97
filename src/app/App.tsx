import { Router, Route } from '@solidjs/router';
import { lazy } from 'solid-js';
import { I18nProvider } from './i18n';
import { Shell } from './Shell';
import { ROUTES } from './routes';

// Every screen is its own chunk: the first paint loads only the shell and the screen in view.
const CaseListRoute = lazy(() => import('../routes/CaseListRoute'));
const NewReportRoute = lazy(() => import('../routes/NewReportRoute'));
const ReportFormRoute = lazy(() => import('../routes/ReportFormRoute'));
const ReportViewRoute = lazy(() => import('../routes/ReportViewRoute'));
const SettingsRoute = lazy(() => import('../routes/SettingsRoute'));
const AccessibilityRoute = lazy(() => import('../routes/AccessibilityRoute'));
const EnrollRoute = lazy(() => import('../routes/EnrollRoute'));
const InboxRoute = lazy(() => {
  performance.mark('inbox:import');
  return import('../routes/InboxRoute').then((module) => (performance.mark('inbox:chunk'), module));
});
const AnalysisRoute = lazy(() => import('../routes/AnalysisRoute'));
const AnalysisPrintRoute = lazy(() => import('../routes/AnalysisPrintRoute'));
const NotFoundRoute = lazy(() => import('../routes/NotFoundRoute'));
const AccessLogRoute = lazy(() => import('../routes/AccessLogRoute'));

export function App() {
  return (
    <I18nProvider>
      <Router root={Shell}>
        <Route path={ROUTES.list} component={CaseListRoute} />
        <Route path={ROUTES.newReport} component={NewReportRoute} />
        <Route path="/rapport/:id/steg/:step" component={ReportFormRoute} />
        <Route path="/rapport/:id/analys/utskrift" component={AnalysisPrintRoute} />
        <Route path="/rapport/:id/analys" component={AnalysisRoute} />
        <Route path="/rapport/:id" component={ReportViewRoute} />
        <Route path={ROUTES.settings} component={SettingsRoute} />
        <Route path={ROUTES.accessibility} component={AccessibilityRoute} />
        <Route path={ROUTES.enroll} component={EnrollRoute} />
        <Route path={ROUTES.inbox} component={InboxRoute} />
        <Route path={ROUTES.accessLog} component={AccessLogRoute} />
        <Route path="*" component={NotFoundRoute} />
      </Router>
    </I18nProvider>
  );
}
