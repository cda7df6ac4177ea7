import { sleep, waitFor } from './support/hub';
import { usePoller } from './support/scenario';

describe('poller: provider faults', () => {
  const s = usePoller(
    'faults',
    (sandbox) => [
      sandbox.connection('crypto-apikey', 'ra', { pollIntervalMs: 200 }),
      sandbox.connection('card-3ds', 'brk', { pollIntervalMs: 200 }),
    ],
    { POLLER_BREAKER_FAILURES: '3', POLLER_BREAKER_OPEN_MS: '1500' },
  );

  const kindCalls = async (kind: string): Promise<number[]> =>
    (await s.sandbox.get(`/admin/kinds/${kind}/calls?windowMs=60000`)).timestamps;

  it("honours a 429's Retry-After: no call on the connection before it passes", async () => {
    await s.sandbox.post('/admin/payments/bulk', { kind: 'crypto-apikey', ids: ['ra-1', 'ra-2', 'ra-3'] });
    await Promise.all(['ra-1', 'ra-2', 'ra-3'].map((id) => s.register('ra', id)));
    await waitFor('every first poll', async () => (await s.hub.events()).length === 3);
    const faultAdded = Date.now();
    await s.sandbox.post('/admin/payments/crypto-apikey/ra-1/faults', { type: 'rate_limit', retryAfter: 2 });
    await sleep(3_000);
    const limited = (await s.sandbox.calls('crypto-apikey', 'ra-1')).find((at) => at > faultAdded)!;
    const calls = await kindCalls('crypto-apikey');
    // Calls of the other watches already on the wire when the 429 came back arrive just after it.
    const inFlight = calls.filter((at) => at > limited && at < limited + 50);
    expect(inFlight.length).toBeLessThanOrEqual(2);
    const next = calls.find((at) => at >= limited + 50)!;
    expect(next - limited).toBeGreaterThanOrEqual(2_000);
    expect(next - limited).toBeLessThan(2_500);
    expect(await s.poller.metric('statushub_poller_polls_total', { connection: 'ra', outcome: 'rate_limited' })).toBe(
      1,
    );
  });

  it('opens the circuit breaker after consecutive outages, then probes once and closes', async () => {
    await s.sandbox.post('/admin/payments/bulk', { kind: 'card-3ds', ids: ['b-1', 'b-2', 'b-3'] });
    await s.sandbox.post('/admin/kinds/card-3ds/faults', { type: 'server_error', httpStatus: 503, times: 3 });
    await Promise.all(['b-1', 'b-2', 'b-3'].map((id) => s.register('brk', id)));
    const failures = { connection: 'brk', outcome: 'provider_error' };
    await waitFor(
      'three failures',
      async () => (await s.poller.metric('statushub_poller_polls_total', failures)) === 3,
    );
    expect(await s.poller.metric('statushub_poller_breaker_state', { connection: 'brk' })).toBe(2);
    await waitFor(
      'every watch answered',
      async () => (await s.hub.events()).filter((e) => e.id.startsWith('brk:')).length === 3,
    );
    expect(await s.poller.metric('statushub_poller_breaker_state', { connection: 'brk' })).toBe(0);
    const calls = await kindCalls('card-3ds');
    expect(calls[3] - calls[2]).toBeGreaterThanOrEqual(1_500);
    // One probe first; the others only once it has answered.
    expect(calls[4] - calls[3]).toBeGreaterThan(0);
    expect(await s.poller.metric('statushub_poller_polls_total', failures)).toBe(3);
  });
});
