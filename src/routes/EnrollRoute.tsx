import { createSignal, Show } from 'solid-js';
import { useI18n } from '../app/i18n';
import { usePageTitle } from '../app/usePageTitle';
import { enrollment, enrollThisDevice, disconnectThisDevice } from '../primitives/syncStatus';
import { TextField } from '../ui/TextField';

/** /koppla — "Koppla appen": exchange a one-time code for this device's access to the relay. */
export default function EnrollRoute() {
  usePageTitle((t) => t.sync.enrollTitle);
  const { t } = useI18n();
  const [code, setCode] = createSignal('');
  const [deviceName, setDeviceName] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  let errorBox: HTMLParagraphElement | undefined;
  let doneBox: HTMLParagraphElement | undefined;

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (!/^[A-Za-z0-9]{4}[\s-]?[A-Za-z0-9]{4}[\s-]?[A-Za-z0-9]{4}$/.test(code().trim())) {
      setError(t().sync.failure.invalid);
      queueMicrotask(() => errorBox?.focus());
      return;
    }
    setBusy(true);
    setError(null);
    const failure = await enrollThisDevice(code(), deviceName() || 'Min surfplatta');
    setBusy(false);
    if (failure) {
      setError(t().sync.failure[failure]);
      queueMicrotask(() => errorBox?.focus());
    } else {
      // The form and its button are gone: focus goes to what happened, not to the page's start.
      queueMicrotask(() => doneBox?.focus());
    }
  };

  return (
    <article>
      <h1>{t().sync.enrollTitle}</h1>
      <Show
        when={enrollment()}
        fallback={
          <form onSubmit={(e) => void submit(e)} novalidate>
            <p>{t().sync.enrollIntro}</p>
            <Show when={error()}>
              <p class="problem-summary" role="alert" tabindex="-1" ref={errorBox} data-enroll-error>
                {error()}
              </p>
            </Show>
            <TextField
              id="enroll-code"
              label={t().sync.code}
              value={code()}
              onInput={setCode}
              hint={t().sync.codeHint}
              required
              requiredText={t().form.required}
              optionalText={t().form.optional}
              autocomplete="one-time-code"
            />
            <TextField
              id="enroll-device"
              label={t().sync.deviceName}
              value={deviceName()}
              onInput={setDeviceName}
              hint={t().sync.deviceNameHint}
              requiredText={t().form.required}
              optionalText={t().form.optional}
            />
            <button type="submit" class="button button--primary" disabled={busy()}>
              {busy() ? t().sync.enrolling : t().sync.enroll}
            </button>
          </form>
        }
      >
        {(enrolled) => (
          <>
            <p class="notice notice--ok" role="status" tabindex="-1" ref={doneBox} data-enrolled>
              {t().sync.enrolledAs(
                enrolled().identity.personName,
                t().sync.roles[enrolled().identity.role],
                enrolled().identity.unitName,
                enrolled().identity.orgName,
              )}
            </p>
            <button type="button" class="button" onClick={() => void disconnectThisDevice()}>
              {t().sync.disconnect}
            </button>
          </>
        )}
      </Show>
    </article>
  );
}
