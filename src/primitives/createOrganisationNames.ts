import { createEffect, createSignal, type Accessor } from 'solid-js';
import { loadAppDb } from './loadAppDb';

/**
 * Every organisation in the directory cached on this device, by name: the choices of the
 * inbox's organisation filter. Read once `wanted()` turns true (the filters opened), so the
 * inbox's first screen costs one index read and nothing more.
 */
export function createOrganisationNames(wanted: Accessor<boolean>): Accessor<string[]> {
  const [names, setNames] = createSignal<string[]>([]);
  let loading = false;
  createEffect(() => {
    if (!wanted() || loading) return;
    loading = true;
    void (async () => {
      const { readDirectory } = await import('../sync/deviceEnrollment');
      const directory = await readDirectory(await loadAppDb());
      setNames((directory?.organisations ?? []).map((org) => org.name));
    })().catch(() => setNames([]));
  });
  return names;
}
