import { TokenBucket } from '../connections/limits';

/**
 * Wrong codes one address may send, and how fast it may send more. Only wrong codes count: a
 * ward enrolling twenty tablets from behind one hospital address is not slowed down.
 */
const PER_ADDRESS_BURST = 5;
const PER_ADDRESS_PER_SECOND = 1 / 12;
/**
 * Wrong codes from everyone together: bounds a guesser spread over many addresses (60-bit codes
 * at one wrong guess a second leave odds of about 1 in 10¹⁰ a week with 50 codes outstanding),
 * and refills fast enough that a real person is served promptly once an attack stops.
 */
const GLOBAL_FAILURE_BURST = 60;
const GLOBAL_FAILURES_PER_SECOND = 1;
/** Addresses remembered at most (an attacker rotating addresses must not grow memory). */
const MAX_ADDRESSES = 10_000;

export type EnrollmentGate = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * Rate limits for exchanging enrollment codes: wrong codes per client address, and from all
 * addresses together. `check` before trying a code; `failed` after a wrong one.
 */
export function createEnrollmentGuard(now: () => number = Date.now) {
  const addresses = new Map<string, TokenBucket>();
  const failures = new TokenBucket(GLOBAL_FAILURES_PER_SECOND, GLOBAL_FAILURE_BURST, now);
  const bucketFor = (address: string) => {
    let bucket = addresses.get(address);
    if (!bucket) {
      if (addresses.size >= MAX_ADDRESSES) addresses.delete(addresses.keys().next().value!);
      addresses.set(address, (bucket = new TokenBucket(PER_ADDRESS_PER_SECOND, PER_ADDRESS_BURST, now)));
    }
    return bucket;
  };
  return {
    check(address: string): EnrollmentGate {
      if (!failures.peek()) return { ok: false, retryAfterSeconds: Math.ceil(1 / GLOBAL_FAILURES_PER_SECOND) };
      if (!bucketFor(address).peek()) return { ok: false, retryAfterSeconds: Math.ceil(1 / PER_ADDRESS_PER_SECOND) };
      return { ok: true };
    },
    failed(address: string): void {
      failures.take();
      bucketFor(address).take();
    },
  };
}
