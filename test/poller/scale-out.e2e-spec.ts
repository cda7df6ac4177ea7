import { Kvm } from '@nats-io/kv';
import { stopApp } from '../support/app-process';
import { ensureBuilt } from '../support/ensure-built';
import { PollerProcess, spawnPoller } from './support/built-poller';
import { Json, sleep, TestEvent, TestHub, waitFor } from './support/hub';
import { metricValue } from './support/poller';
import { ConnectionJson, Sandbox, startSandbox } from './support/sandbox';

const INTERVAL_MS = 2_000;
const STEP_MS = 7_000;
/** Events each payment publishes: one per step of its kind's lifecycle in the sandbox. */
const KINDS: Record<string, { connection: string; steps: number }> = {
  miraclecash: { connection: 'ma', steps: 2 },
  'crypto-apikey': { connection: 'ca', steps: 4 },
  'card-3ds': { connection: 'cd', steps: 2 },
  cyberpay: { connection: 'cy', steps: 5 },
};
const PER_KIND = 250;

describe('poller: two processes share 1,000 watches; one is killed', () => {
  let hub: TestHub;
  let sandbox: Sandbox;
  const pollers: PollerProcess[] = [];

  beforeAll(async () => {
    ensureBuilt('poller');
    hub = await TestHub.open('scale');
    sandbox = await startSandbox();
    const connections: ConnectionJson[] = Object.entries(KINDS).map(([kind, { connection }]) =>
      sandbox.connection(kind, connection, { pollIntervalMs: INTERVAL_MS, rateLimitPerMinute: undefined }),
    );
    pollers.push(await spawnPoller(hub, connections), await spawnPoller(hub, connections));
  }, 120_000);

  afterAll(async () => {
    await Promise.all(pollers.map((poller) => stopApp(poller.app)));
    await sandbox?.close();
    await hub?.close();
  });

  const leasesOf = async (poller: PollerProcess) =>
    metricValue(await (await fetch(`${poller.url}/metrics`)).text(), 'statushub_poller_leases_held', {});

  it('polls each payment once per interval at most, and publishes every terminal state exactly once', async () => {
    await waitFor('the connections to spread', async () => (await Promise.all(pollers.map(leasesOf))).join() === '2,2');
    const payments = Object.keys(KINDS).flatMap((kind) =>
      Array.from({ length: PER_KIND }, (_, i) => ({ kind, id: `${KINDS[kind].connection}-${i}` })),
    );
    for (const kind of Object.keys(KINDS)) {
      const ids = payments.filter((p) => p.kind === kind).map((p) => p.id);
      await sandbox.post('/admin/payments/bulk', { kind, ids, autoAdvanceMs: STEP_MS });
    }
    await register(
      payments.map((p) => ({ provider: KINDS[p.kind].connection, paymentId: p.id, orderId: `o-${p.id}` })),
    );

    await sleep(STEP_MS + 2_000);
    pollers[0].app.child.kill('SIGKILL');
    await pollers[0].app.exited;
    await waitFor('the survivor to own every connection', async () => (await leasesOf(pollers[1])) === 4, 15_000);

    const expected = payments.reduce((sum, p) => sum + KINDS[p.kind].steps, 0);
    const events = await waitFor(
      'every terminal event',
      async () => {
        const all = await hub.events();
        const terminal = all.filter((e) => e.data.terminal);
        return terminal.length >= payments.length && all;
      },
      60_000,
      1_000,
    );
    const callsAtEnd: number = (await sandbox.get('/admin/calls')).total;
    await sleep(INTERVAL_MS * 2);
    // Terminal watches are polled no more.
    expect((await sandbox.get('/admin/calls')).total).toBe(callsAtEnd);
    const final = await hub.events();
    expect(final).toHaveLength(events.length);
    expect(new Set(final.map((e) => e.id)).size).toBe(final.length);
    for (const payment of payments) {
      expectLifecycle(
        final.filter((e) => e.data.paymentId === payment.id),
        payment.id,
      );
    }
    // Each step observed once: nothing was skipped or repeated across the kill.
    expect(final).toHaveLength(expected);

    // The next poll is planned from the end of the previous one, so even calls the sandbox queued keep the gap.
    const summary: Json = await sandbox.get('/admin/calls');
    const gaps = Object.keys(KINDS).map((kind) => [kind, summary.kinds[kind].paymentMinGapMs]);
    expect(gaps.filter(([, gap]) => !(gap >= INTERVAL_MS))).toEqual([]);

    // SIGTERM: the survivor hands every lease back (deletes it) and leaves the registry, then exits 0.
    expect(await stopApp(pollers[1].app)).toBe(0);
    const leases = await new Kvm(hub.nc).open(hub.names.leaseBucket);
    expect(await collect(await leases.keys())).toEqual([]);
  }, 180_000);

  async function register(watches: Array<Record<string, string>>): Promise<void> {
    for (let i = 0; i < watches.length; i += 50) {
      const replies = await Promise.all(
        watches
          .slice(i, i + 50)
          .map(async (w) =>
            (await hub.nc.request(hub.names.watchCreate, JSON.stringify(w), { timeout: 10_000 })).json<Json>(),
          ),
      );
      expect(replies.every((reply) => reply.ok === true)).toBe(true);
    }
  }

  function expectLifecycle(events: TestEvent[], paymentId: string): void {
    const versions = events.map((e) => e.data.version);
    expect([paymentId, versions]).toEqual([paymentId, versions.map((_, i) => i + 1)]);
    expect([paymentId, events.filter((e) => e.data.terminal).length]).toEqual([paymentId, 1]);
    expect([paymentId, events[events.length - 1].data.terminal]).toEqual([paymentId, true]);
  }
});

async function collect(keys: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const key of keys) {
    out.push(key);
  }
  return out;
}
