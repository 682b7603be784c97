import type { Logger } from 'pino';
import type { RelayStore } from '../store/types';
import type { RoomRegistry } from '../rooms/roomRegistry';
import type { RelayLimits } from './limits';
import type { CaseNotices } from './caseNotices';
import type { RecordAccess } from '../access/accessRecorder';

/** What every socket handler needs from the relay. */
export interface RelayContext {
  readonly store: RelayStore;
  readonly registry: RoomRegistry;
  readonly limits: RelayLimits;
  readonly log: Logger;
  /** Records that a case changed, so listings report it (coalesced per case). */
  caseChanged(caseId: string, urgent?: boolean): void;
  /** Where multiplexed sockets register for notices of the cases they may see. */
  readonly notices: CaseNotices;
  /** The access log: every join, granted or refused. */
  readonly access: RecordAccess;
}
