import { mostInAnyWindow } from '../../libs/watching/src/budget/window.testing';
import { TestHub, sleep, waitFor } from './support/hub';
import { Poller, startPoller } from './support/poller';
import { ConnectionJson, Sandbox, startSandbox } from './support/sandbox';

const LIMIT = 30;
const WATCHES = 75;
const MINUTE = 60_000;

describe('poller: rate budget of a connection (real 60 s window)', () => {
  let hub: TestHub;
  let sandbox: Sandbox;
  let first: Poller | undefined;
  let second: Poller | undefined;
  let connection: ConnectionJson;

  beforeAll(async () => {
    hub = await TestHub.open('rate');
    sandbox = await startSandbox();
    connection = sandbox.connection('miraclecash', 'rl', { pollIntervalMs: 1_000, rateLimitPerMinute: LIMIT });
    first = await startPoller(hub, [connection]);
  });

  afterAll(async () => {
    await first?.close();
    await second?.close();
    await sandbox?.close();
    await hub?.close();
  });

  it(`never exceeds ${LIMIT} calls in any 60 s with ${WATCHES} watches, across a handover`, async () => {
    const ids = Array.from({ length: WATCHES }, (_, i) => `rl-${i}`);
    await sandbox.post('/admin/payments/bulk', { kind: 'miraclecash', ids });
    const started = Date.now();
    for (const id of ids) {
      await first!.call('POST', '/v1/watches', { provider: 'rl', paymentId: id, orderId: id });
    }
    await waitFor('the first budget spent', async () => (await hub.events()).length === LIMIT);
    // The schedule stretches to the budget: 27 planned calls a minute (90 %) for 75 watches.
    const expectedLag = (WATCHES * 60) / (LIMIT * 0.9) / 2;
    await waitFor('the lag metric', async () => {
      const lag = await first!.metric('statushub_poller_expected_detection_lag_seconds', { connection: 'rl' });
      return Math.abs(lag - expectedLag) < 0.01;
    });
    expect(await first!.metric('statushub_poller_rate_limit_waits_total', { connection: 'rl' })).toBeGreaterThan(0);

    await sleep(20_000);
    await first!.close();
    first = undefined;
    const handedOver = Date.now();
    second = await startPoller(hub, [connection]);

    await sleep(started + MINUTE + 8_000 - Date.now());
    const calls: number[] = (await sandbox.get(`/admin/kinds/miraclecash/calls?windowMs=${MINUTE}`)).timestamps;
    expect(mostInAnyWindow(calls, MINUTE)).toBe(LIMIT);
    expect(calls.filter((at) => at >= handedOver && at < calls[0] + MINUTE)).toEqual([]);
    // 30 at once, then nothing until the first of them leaves the window, then the next 30.
    expect(calls).toHaveLength(2 * LIMIT);
    expect(calls[LIMIT] - calls[0]).toBeGreaterThanOrEqual(MINUTE);
    // Each payment's first answer is its version 1; a second poll of an unchanged payment publishes nothing.
    const payments: Array<{ calls: number }> = (await sandbox.get('/admin/payments?kind=miraclecash')).payments;
    expect(payments.reduce((sum, p) => sum + p.calls, 0)).toBe(2 * LIMIT);
    expect(await hub.events()).toHaveLength(payments.filter((p) => p.calls > 0).length);
  }, 120_000);
});
