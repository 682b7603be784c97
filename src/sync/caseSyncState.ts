import type { SyncState } from '../domain/caseIndex';
import type { RoomSyncState } from './roomBinding';

/** The index's sync state for a case, from the states of its rooms (the worst one wins). */
export function combineRoomStates(states: readonly RoomSyncState[], hasLocalChanges: boolean): SyncState {
  if (states.some((s) => s === 'denied')) return 'error';
  if (states.length > 0 && states.every((s) => s === 'synced')) return 'synced';
  return hasLocalChanges || states.length > 0 ? 'pending' : 'local';
}
