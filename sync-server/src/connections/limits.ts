/** Bounds on what one client may cost the relay. */
export interface RelayLimits {
  /** Largest frame accepted; larger ones close the socket with 4413. */
  maxFrameBytes: number;
  /** Sustained update messages per second per connection, and the burst allowed above it. */
  updatesPerSecond: number;
  updateBurst: number;
  /** Open sockets per device (a phone with a few tabs is fine; a loop is not). */
  connectionsPerDevice: number;
  /** Rooms joined at once on one multiplexed connection. */
  roomsPerConnection: number;
  /** Ping interval; a socket that misses a pong is terminated. */
  heartbeatMs: number;
  /** A room nobody has been in for this long is unloaded from memory. */
  idleRoomMs: number;
}

export const DEFAULT_LIMITS: RelayLimits = {
  maxFrameBytes: 2 * 1024 * 1024,
  updatesPerSecond: 200,
  // A manager back online syncs hundreds of cases at once: allow that burst.
  updateBurst: 4000,
  connectionsPerDevice: 8,
  roomsPerConnection: 2000,
  heartbeatMs: 30_000,
  idleRoomMs: 60_000,
};

/** Token bucket: `take()` is false when the client has used up its allowance. */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly ratePerSecond: number,
    private readonly burst: number,
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = burst;
    this.last = now();
  }

  take(): boolean {
    if (!this.peek()) return false;
    this.tokens -= 1;
    return true;
  }

  /** Whether a token is there, without taking it. */
  peek(): boolean {
    const t = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((t - this.last) / 1000) * this.ratePerSecond);
    this.last = t;
    return this.tokens >= 1;
  }
}
