import type { WebSocket } from 'ws';

/** Open sockets per device: to cap them, and to cut a revoked device off at once. */
export class SocketRegistry {
  private readonly byDevice = new Map<string, Set<WebSocket>>();

  count(deviceId: string): number {
    return this.byDevice.get(deviceId)?.size ?? 0;
  }

  add(deviceId: string, ws: WebSocket): void {
    let set = this.byDevice.get(deviceId);
    if (!set) this.byDevice.set(deviceId, (set = new Set()));
    set.add(ws);
    ws.once('close', () => {
      set.delete(ws);
      if (set.size === 0) this.byDevice.delete(deviceId);
    });
  }

  socketsOf(deviceId: string): WebSocket[] {
    return [...(this.byDevice.get(deviceId) ?? [])];
  }

  all(): WebSocket[] {
    return [...this.byDevice.values()].flatMap((set) => [...set]);
  }
}
