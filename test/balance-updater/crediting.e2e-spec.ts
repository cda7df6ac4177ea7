import { CANONICAL_STATUSES, anomalyEvent } from '@statushub/contract';
import { stopApp } from '../support/app-process';
import { testNamespace } from '../support/nats-namespace';
import { depositData } from './support/deposits';
import { StreamClient, streamClient } from './support/stream-client';
import { testSchema } from './support/postgres';
import { Updater, eventually, startUpdater } from './support/updater';

const space = testNamespace('bu_credit');
const db = testSchema('credit');
let hub: StreamClient;
let updater: Updater;

beforeAll(async () => {
  hub = await streamClient(space.names);
  updater = await startUpdater({ namespace: space.namespace, schema: db.schema });
});

afterAll(async () => {
  expect(await stopApp(updater.app)).toBe(0);
  await hub.nc.close();
  await Promise.all([space.cleanup(), db.cleanup()]);
});

const allSettled = () => eventually(() => hub.settled(), 'the consumer to settle every event');

describe('balance-updater crediting (real NATS and PostgreSQL)', () => {
  it('credits a succeeded deposit, and nothing for the other statuses or without a player', async () => {
    for (const status of CANONICAL_STATUSES.filter((s) => s !== 'succeeded')) {
      await hub.publish(depositData({ paymentId: `other-${status}`, playerId: 'p-one', status }));
    }
    await hub.publish(depositData({ paymentId: 'anonymous', expected: '5.00' }));
    await hub.publish(depositData({ paymentId: 'one', playerId: 'p-one', expected: '42.00' }));
    await allSettled();
    expect(await db.balance('p-one')).toBe('42.00');
  });

  it('adds decimal amounts exactly, and two deposits of a player add up, per currency', async () => {
    await hub.publish(depositData({ paymentId: 'd1', playerId: 'p-sum', received: '100.050000' }));
    await hub.publish(depositData({ paymentId: 'd2', playerId: 'p-sum', received: '0.1' }));
    await hub.publish(depositData({ paymentId: 'd3', playerId: 'p-sum', received: '0.2' }));
    await hub.publish(
      depositData({ paymentId: 'd4', playerId: 'p-sum', received: '0.000000000000000001', currency: 'ETH' }),
    );
    await allSettled();
    expect(await db.balance('p-sum')).toBe('100.350000');
    expect(await db.balance('p-sum', 'ETH')).toBe('0.000000000000000001');
  });

  it('credits a payment once however often its success is delivered', async () => {
    const before = await updater.metric('balance_updater_duplicates_skipped_total');
    const data = depositData({ paymentId: 'again', playerId: 'p-again', received: '7.25' });
    await hub.publish(data);
    await hub.publish(data, 'republished-after-the-duplicate-window');
    // A later change of detail at the same status (CONTRACT §1) is a new event of the same payment.
    await hub.publish({ ...data, version: 4, txHash: '0xabc' });
    await allSettled();
    expect(await db.balance('p-again')).toBe('7.25');
    expect(await updater.metric('balance_updater_duplicates_skipped_total')).toBe(before + 2);
  });

  it('refuses malformed events with their seq and goes on with the next ones', async () => {
    const failures = await updater.metric('balance_updater_failures_total', 'reason="malformed"');
    const badJson = await hub.publishRaw('bad-1', '{not json', 'bad-1');
    const badData = await hub.publishRaw(
      'bad-2',
      JSON.stringify({ id: 'bad-2', type: 'payment.status.changed', data: { status: 'succeeded' } }),
      'bad-2',
    );
    const uncreditable = depositData({ paymentId: 'no-amount', playerId: 'p-bad', expected: 'ten', received: null });
    await hub.publish(uncreditable);
    await hub.publish(depositData({ paymentId: 'after-bad', playerId: 'p-bad', expected: '1.00' }));
    await allSettled();
    expect(await db.balance('p-bad')).toBe('1.00');
    expect(await updater.metric('balance_updater_failures_total', 'reason="malformed"')).toBe(failures + 2);
    expect(await updater.metric('balance_updater_failures_total', 'reason="uncreditable"')).toBeGreaterThanOrEqual(1);
    for (const seq of [badJson, badData]) {
      expect(updater.app.output()).toMatch(new RegExp(`"level":50[^\\n]*"seq":${seq},[^\\n]*"event refused"`));
    }
    expect(updater.app.child.exitCode).toBeNull();
  });

  it('warns about a reversal of a credited deposit, counts it, and debits nothing', async () => {
    const data = depositData({ paymentId: 'reversed', playerId: 'p-rev', received: '50.00' });
    await hub.publish(data);
    const anomaly = anomalyEvent(
      { ...data, anomaly: { observedStatus: 'failed', observedProviderStatus: 'failed', observedAt: '', via: 'poll' } },
      1,
    );
    await hub.publishRaw(data.orderId, JSON.stringify(anomaly), anomaly.id);
    await allSettled();
    expect(await db.balance('p-rev')).toBe('50.00');
    expect(await updater.metric('balance_updater_anomalies_total', 'kind="reversal"')).toBe(1);
    expect(updater.app.output()).toMatch(/"level":40[^\n]*"paymentId":"reversed"[^\n]*needs a human/);
  });

  it('counts what it saw on /metrics', async () => {
    expect(await updater.metric('balance_updater_events_seen_total', 'type="changed"')).toBeGreaterThan(10);
    expect(await updater.metric('balance_updater_credits_applied_total')).toBe(await db.creditedPayments());
  });
});
