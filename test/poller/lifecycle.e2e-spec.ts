import { Json, sleep, TestEvent, waitFor } from './support/hub';
import { usePoller } from './support/scenario';

describe('poller: lifecycle, change detection, webhooks', () => {
  const s = usePoller(
    'lifecycle',
    (sandbox) => [
      sandbox.connection('cyberpay', 'cyber', { pollIntervalMs: 200 }),
      sandbox.connection('cyberpay', 'slow', { pollIntervalMs: 60_000, webhookToken: 'hook-secret-1' }),
      sandbox.connection('miraclecash', 'mc', { pollIntervalMs: 200 }),
      sandbox.connection('crypto-apikey', 'short', { pollIntervalMs: 200, maxWatchHours: 0 }),
    ],
    { POLLER_BREAKER_FAILURES: '1000' },
  );

  const eventCount = (id: string, n: number) => async () => {
    const events = await s.hub.eventsOf(id);
    return events.length >= n && events;
  };
  const ids = (events: TestEvent[]) => events.map((event) => event.id);
  const webhook = (provider: string, body: Json, query = '') =>
    fetch(`${s.poller.url}/v1/webhooks/${provider}${query}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('publishes each step of a lifecycle once, versions 1..n in order, then stops polling', async () => {
    await s.sandbox.post('/admin/payments', { kind: 'cyberpay', id: 'life-1', autoAdvanceCalls: 1 });
    await s.register('cyber', 'life-1');
    const events = await waitFor('five events', eventCount('life-1', 5));
    expect(ids(events)).toEqual([1, 2, 3, 4, 5].map((v) => `cyber:life-1:${v}`));
    expect(events.map((e) => [e.data.status, e.data.providerStatus, e.data.previousStatus])).toEqual([
      ['pending', 'pending_payment', null],
      ['processing', 'processing', 'pending'],
      ['processing', 'bridging', 'processing'],
      ['processing', 'settling', 'processing'],
      ['succeeded', 'completed', 'processing'],
    ]);
    expect(events[4].data).toMatchObject({ terminal: true, via: 'poll', amount: { received: '100.00' } });
    await sleep(1_000);
    expect((await s.sandbox.calls('cyberpay', 'life-1')).length).toBe(5);
    expect(await s.hub.eventsOf('life-1')).toHaveLength(5);
    expect((await s.poller.call('GET', '/v1/watches/cyber/life-1')).body).toMatchObject({
      state: 'terminal',
      latest: { version: 5, status: 'succeeded' },
    });
  });

  it('reads a payment within 200 ms of its webhook while the next poll is a minute away', async () => {
    await s.sandbox.post('/admin/payments', { kind: 'cyberpay', id: 'hook-1' });
    await s.register('slow', 'hook-1');
    await waitFor('v1', eventCount('hook-1', 1));
    // A running poller has been through this path before; the first call of a fresh process compiles it.
    await webhook('slow', { paymentId: 'hook-1' }, '?token=hook-secret-1');
    await sleep(1_000);
    await s.sandbox.post('/admin/payments/cyberpay/hook-1/advance', { steps: 1 });
    const seen = new Promise<number>((resolve) => {
      const live = s.hub.live((event) => {
        if (event.id === 'slow:hook-1:2') {
          live.stop();
          resolve(Date.now());
        }
      });
    });
    const sent = Date.now();
    const answer = await webhook('slow', { data: { orderId: 'hook-1', status: 'completed' } }, '?token=hook-secret-1');
    expect(answer.status).toBe(202);
    const latency = (await seen) - sent;
    expect(latency).toBeLessThan(200);
    const events = await s.hub.eventsOf('hook-1');
    expect(events.map((e) => [e.id, e.data.status, e.data.via])).toEqual([
      ['slow:hook-1:1', 'pending', 'poll'],
      ['slow:hook-1:2', 'processing', 'webhook'],
    ]);
  });

  it('never takes the status from the body: a forged webhook only causes one re-read', async () => {
    await sleep(1_000); // past the one-per-second limit of the previous test's webhook
    const before = (await s.sandbox.calls('cyberpay', 'hook-1')).length;
    const forged = { paymentId: 'hook-1', status: 'completed', data: { orderId: 'hook-1', status: 'completed' } };
    expect((await webhook('slow', forged, '?token=hook-secret-1')).status).toBe(202);
    expect((await webhook('slow', forged, '?token=hook-secret-1')).status).toBe(202);
    await sleep(500);
    expect((await s.sandbox.calls('cyberpay', 'hook-1')).length).toBe(before + 1);
    expect(ids(await s.hub.eventsOf('hook-1'))).toEqual(['slow:hook-1:1', 'slow:hook-1:2']);
  });

  it("checks the connection's webhook token (401), and says 202 for an unknown payment", async () => {
    expect((await webhook('slow', { data: { orderId: 'hook-1' } })).status).toBe(401);
    expect((await webhook('slow', { data: { orderId: 'hook-1' } }, '?token=wrong')).status).toBe(401);
    expect((await webhook('nope', { paymentId: 'x' })).status).toBe(404);
    expect((await webhook('slow', { nothing: 1 }, '?token=hook-secret-1')).status).toBe(400);
    expect((await webhook('slow', { paymentId: 'never-seen' }, '?token=hook-secret-1')).status).toBe(202);
    await sleep(300);
    expect(await s.hub.eventsOf('never-seen')).toEqual([]);
  });

  it('publishes a reversal of a terminal state as an anomaly, once per contradiction', async () => {
    await s.sandbox.post('/admin/payments', { kind: 'miraclecash', id: 'rev-1', status: 'successful' });
    await s.register('mc', 'rev-1');
    await waitFor('v1', eventCount('rev-1', 1));
    await s.sandbox.post('/admin/payments/miraclecash/rev-1/faults', { type: 'contradiction', times: 2 });
    expect((await webhook('mc', { id: 'rev-1' })).status).toBe(202);
    const events = await waitFor('the anomaly', eventCount('rev-1', 2));
    expect(events.map((e) => [e.id, e.type, e.data.version, e.data.status])).toEqual([
      ['mc:rev-1:1', 'payment.status.changed', 1, 'succeeded'],
      ['mc:rev-1:anomaly:1', 'payment.status.anomaly', 1, 'succeeded'],
    ]);
    expect(events[1].data.anomaly).toMatchObject({ observedStatus: 'failed', observedProviderStatus: 'unsuccessful' });
    await sleep(1_000);
    await webhook('mc', { id: 'rev-1' });
    await sleep(500);
    expect(await s.hub.eventsOf('rev-1')).toHaveLength(2);
    expect((await s.sandbox.calls('miraclecash', 'rev-1')).length).toBe(3);
    expect(await s.poller.metric('statushub_poller_anomalies_total', { connection: 'mc' })).toBe(2);
    expect(await s.poller.metric('statushub_poller_events_published_total', { type: 'payment.status.anomaly' })).toBe(
      1,
    );
  });

  it('publishes nothing for an unknown provider status, counts it, and polls on', async () => {
    await s.sandbox.post('/admin/payments', { kind: 'cyberpay', id: 'unk-1' });
    await s.register('cyber', 'unk-1');
    await waitFor('v1', eventCount('unk-1', 1));
    await s.sandbox.post('/admin/payments/cyberpay/unk-1/faults', { type: 'unknown_status', times: 1 });
    const calls = (await s.sandbox.calls('cyberpay', 'unk-1')).length;
    await waitFor('two more polls', async () => (await s.sandbox.calls('cyberpay', 'unk-1')).length >= calls + 2);
    expect(await s.poller.metric('statushub_poller_unknown_statuses_total', { connection: 'cyber' })).toBe(1);
    expect(ids(await s.hub.eventsOf('unk-1'))).toEqual(['cyber:unk-1:1']);
  });

  it('does not publish a stale read that would move the status back', async () => {
    await s.sandbox.post('/admin/payments', { kind: 'cyberpay', id: 'stale-1' });
    await s.register('cyber', 'stale-1');
    await waitFor('v1', eventCount('stale-1', 1));
    await s.sandbox.post('/admin/payments/cyberpay/stale-1/advance', { steps: 1 });
    await waitFor('v2', eventCount('stale-1', 2));
    await s.sandbox.post('/admin/payments/cyberpay/stale-1/faults', { type: 'stale_read', times: 2 });
    const calls = (await s.sandbox.calls('cyberpay', 'stale-1')).length;
    await waitFor('three more polls', async () => (await s.sandbox.calls('cyberpay', 'stale-1')).length >= calls + 3);
    expect(await s.poller.metric('statushub_poller_polls_total', { connection: 'cyber', outcome: 'stale' })).toBe(2);
    expect((await s.hub.eventsOf('stale-1')).map((e) => e.data.status)).toEqual(['pending', 'processing']);
  });

  it('ends a watch at its maximum duration with watch.ended, and polls it no more', async () => {
    await s.sandbox.post('/admin/payments', { kind: 'crypto-apikey', id: 'max-1' });
    await s.register('short', 'max-1');
    const events = await waitFor('the end', eventCount('max-1', 2));
    expect(events.map((e) => [e.id, e.type])).toEqual([
      ['short:max-1:1', 'payment.status.changed'],
      ['short:max-1:ended', 'payment.watch.ended'],
    ]);
    expect(events[1].data).toMatchObject({ reason: 'max_duration', version: 1, status: 'pending', terminal: false });
    await sleep(600);
    expect((await s.sandbox.calls('crypto-apikey', 'max-1')).length).toBe(1);
    expect((await s.poller.call('GET', '/v1/watches/short/max-1')).body.state).toBe('ended');
  });

  it('backs off exponentially with jitter after provider errors', async () => {
    const payments = Array.from({ length: 20 }, (_, i) => `err-${i}`);
    await s.sandbox.post('/admin/payments/bulk', { kind: 'miraclecash', ids: payments });
    for (const id of payments) {
      await s.sandbox.post(`/admin/payments/miraclecash/${id}/faults`, { type: 'server_error', times: 3 });
      await s.register('mc', id);
    }
    await waitFor(
      'recovery',
      async () => (await s.hub.events()).filter((e) => e.id.startsWith('mc:err-')).length === 20,
      20_000,
    );
    const gaps = await Promise.all(
      payments.map(async (id) => {
        const calls = (await s.sandbox.calls('miraclecash', id)).slice(0, 4);
        return calls.slice(1).map((at, i) => at - calls[i]);
      }),
    );
    const mean = (k: number) => gaps.reduce((sum, g) => sum + g[k], 0) / gaps.length;
    expect(gaps.flat().every((gap) => gap >= 195)).toBe(true);
    // Decorrelated jitter from the 200 ms interval: means near 400, 700, 1150 ms.
    expect(mean(0)).toBeGreaterThan(300);
    expect(mean(0)).toBeLessThan(500);
    expect(mean(2)).toBeGreaterThan(1.6 * mean(0));
  });
});
