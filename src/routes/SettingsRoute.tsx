import { A } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { ROUTES } from '../app/routes';
import { enrollment } from '../primitives/syncSignals';
import { regionProfiles } from '../domain/regionProfiles';
import type { ReporterDefaults } from '../storage/deviceSettings';
import { useI18n } from '../app/i18n';
import { usePageTitle } from '../app/usePageTitle';
import { createDeviceSettings, persistAnswer } from '../primitives/deviceSettings';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';

const REPORTER_FIELDS = [
  ['name', 'reporterName'],
  ['role', 'reporterRole'],
  ['unit', 'reporterUnit'],
  ['organisation', 'reporterOrganisation'],
  ['contact', 'reporterContact'],
] as const;

/** /installningar — region profile, the reporter's remembered details, storage status. */
export default function SettingsRoute() {
  usePageTitle((t) => t.settings.title);
  const { t } = useI18n();
  const settings = createDeviceSettings();
  const [saved, setSaved] = createSignal(false);
  const profiles = [...regionProfiles().values()].map((p) => ({ value: p.id, label: p.name }));
  const saveReporter = async (key: keyof ReporterDefaults, value: string) => {
    const current = settings.reporter();
    if (!current) return;
    await settings.setReporter({ ...current, [key]: value });
    setSaved(true);
  };
  return (
    <>
      <h1>{t().settings.title}</h1>
      <Show when={settings.profileId() !== undefined && settings.reporter()}>
        {(reporter) => (
          <form onSubmit={(e) => e.preventDefault()}>
            <SelectField
              id="setting-profile"
              label={t().settings.region}
              value={settings.profileId() ?? ''}
              options={profiles}
              placeholder={t().form.choose}
              onChange={(value) => void settings.setProfileId(value).then(() => setSaved(true))}
              required
              requiredText={t().form.required}
              optionalText={t().form.optional}
            />
            <fieldset class="fieldset">
              <legend>{t().settings.reporterDefaults}</legend>
              <For each={REPORTER_FIELDS}>
                {([key, field]) => (
                  <TextField
                    id={`setting-${key}`}
                    label={t().form.fields[field]}
                    value={reporter()[key]}
                    onInput={(value) => void saveReporter(key, value)}
                    requiredText={t().form.required}
                    optionalText={t().form.optional}
                  />
                )}
              </For>
            </fieldset>
            <p role="status" class="notice" classList={{ 'visually-hidden': !saved() }}>
              {saved() ? t().settings.saved : ''}
            </p>
          </form>
        )}
      </Show>
      <section aria-labelledby="sync-heading">
        <h2 id="sync-heading">{t().sync.enrollTitle}</h2>
        <Show when={enrollment()} fallback={<p>{t().sync.notEnrolled}</p>}>
          {(e) => (
            <p>
              {t().sync.enrolledAs(
                e().identity.personName,
                t().sync.roles[e().identity.role],
                e().identity.unitName,
                e().identity.orgName,
              )}
            </p>
          )}
        </Show>
        <A class="button" href={ROUTES.enroll}>
          {t().sync.goEnroll}
        </A>
      </section>
      <section aria-labelledby="storage-heading">
        <h2 id="storage-heading">{t().settings.storageHeading}</h2>
        <p data-storage-persisted={String(persistAnswer())}>
          {persistAnswer() === null
            ? t().settings.storageUnknown
            : persistAnswer()
              ? t().storage.persisted
              : t().storage.notPersisted}
        </p>
      </section>
    </>
  );
}
