import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { createEnrollmentGuard } from '../../sync-server/src/auth/enrollmentGuard';
import {
  createEnrollmentCode,
  generateEnrollmentCode,
  hashEnrollmentCode,
} from '../../sync-server/src/auth/enrollment';
import type { TestServer } from '../helpers/appServer';
import { startSeededRelay } from '../helpers/relayFixture';

describe('enrollment codes', () => {
  it('carry at least 60 bits, grouped by four, from an alphabet without look-alikes', () => {
    const codes = new Set(Array.from({ length: 2000 }, generateEnrollmentCode));
    expect(codes.size).toBe(2000);
    for (const code of codes) expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    // 12 characters of a 32-letter alphabet: 12 × 5 = 60 bits.
    expect(12 * Math.log2(32)).toBeGreaterThanOrEqual(60);
  });

  it('are stored as an HMAC with the server-held secret, whatever the spacing and case typed', () => {
    const secret = new Uint8Array(32).fill(7);
    const other = new Uint8Array(32).fill(8);
    expect(hashEnrollmentCode('k7pm q2xd r4tb', secret)).toBe(hashEnrollmentCode('K7PM-Q2XD-R4TB', secret));
    expect(hashEnrollmentCode('K7PM-Q2XD-R4TB', secret)).not.toBe(hashEnrollmentCode('K7PM-Q2XD-R4TB', other));
  });
});

describe('the enrollment guard', () => {
  it('stops one address after five wrong codes and lets another address in at once', () => {
    let now = 0;
    const guard = createEnrollmentGuard(() => now);
    // Right codes from one address (a ward behind one hospital address) are not limited.
    for (let i = 0; i < 20; i++) expect(guard.check('10.0.0.66').ok).toBe(true);
    for (let i = 0; i < 5; i++) {
      expect(guard.check('10.0.0.66').ok).toBe(true);
      guard.failed('10.0.0.66');
    }
    expect(guard.check('10.0.0.66')).toEqual({ ok: false, retryAfterSeconds: 12 });
    expect(guard.check('10.0.0.7').ok).toBe(true);
    now += 12_000;
    expect(guard.check('10.0.0.66').ok).toBe(true);
  });

  it('bounds wrong codes from many addresses together, and recovers within seconds when they stop', () => {
    let now = 0;
    const guard = createEnrollmentGuard(() => now);
    for (let i = 0; i < 60; i++) {
      expect(guard.check(`10.1.0.${i}`).ok).toBe(true);
      guard.failed(`10.1.0.${i}`);
    }
    expect(guard.check('10.2.0.1')).toEqual({ ok: false, retryAfterSeconds: 1 });
    now += 1_000;
    expect(guard.check('10.2.0.1').ok).toBe(true);
  });
});

let server: TestServer;
beforeAll(async () => {
  server = await startSeededRelay();
});
afterAll(async () => {
  await server?.close();
});

/** POST /api/enroll from a given local address (the relay listens on every loopback address). */
function enroll(code: string, localAddress = '127.0.0.1') {
  return new Promise<{ status: number; retryAfter: string | undefined }>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        path: '/api/enroll',
        method: 'POST',
        localAddress,
        headers: { 'content-type': 'application/json' },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, retryAfter: res.headers['retry-after'] }));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify({ code, deviceName: 'Surfplatta' }));
  });
}

describe('POST /api/enroll against a real relay', () => {
  it('answers a guesser 429 with Retry-After, and still enrolls a real person from another address', async () => {
    const statuses: number[] = [];
    let limited: { status: number; retryAfter: string | undefined } | null = null;
    for (let i = 0; i < 8; i++) {
      const answer = await enroll(generateEnrollmentCode(), '127.0.0.66');
      statuses.push(answer.status);
      if (answer.status === 429) limited ??= answer;
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(limited).toEqual({ status: 429, retryAfter: '12' });
    const { code } = await createEnrollmentCode(server.store, {
      unitId: 'vgr-avd12',
      personName: 'Anna Berg',
      role: 'manager',
    });
    expect((await enroll(code, '127.0.0.2')).status).toBe(200);
  });
});
