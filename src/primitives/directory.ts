import { createSignal, type Accessor } from 'solid-js';
import type { Directory } from '../protocol/api';
import { loadAppDb } from './loadAppDb';

/**
 * The unit directory cached on this device (works offline); undefined while loading, null if none.
 * A signal filled by an async load, not createResource: a resource created during a router
 * transition (moving between form steps) did not update its readers once it resolved.
 */
export function createDirectory(): Accessor<Directory | null | undefined> {
  const [directory, setDirectory] = createSignal<Directory | null>();
  void (async () => {
    const { readDirectory } = await import('../sync/deviceEnrollment');
    setDirectory(await readDirectory(await loadAppDb()));
  })();
  return directory;
}
