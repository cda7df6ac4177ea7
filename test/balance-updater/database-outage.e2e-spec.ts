import { stopApp } from '../support/app-process';
import { testNamespace } from '../support/nats-namespace';
import { freePort } from '../support/ports';
import { depositData } from './support/deposits';
import { StreamClient, streamClient } from './support/stream-client';
import { DATABASE_URL, testSchema } from './support/postgres';
import { TcpProxy } from './support/tcp-proxy';
import { Updater, eventually, startUpdater } from './support/updater';

const space = testNamespace('bu_pgdown');
const db = testSchema('pgdown');
let hub: StreamClient;
let proxy: TcpProxy;

beforeAll(async () => {
  hub = await streamClient(space.names);
  const real = new URL(DATABASE_URL);
  proxy = new TcpProxy(await freePort(), { host: real.hostname, port: Number(real.port || 5432) });
});

afterAll(async () => {
  await proxy.down();
  await hub.nc.close();
  await Promise.all([space.cleanup(), db.cleanup()]);
});

function proxiedUrl(): string {
  const url = new URL(DATABASE_URL);
  url.hostname = '127.0.0.1';
  url.port = String(proxy.port);
  return url.toString();
}

async function retriedAtLeast(updater: Updater, times: number): Promise<void> {
  const before = await updater.metric('balance_updater_failures_total', 'reason="database_unavailable"');
  await eventually(
    async () =>
      (await updater.metric('balance_updater_failures_total', 'reason="database_unavailable"')) >= before + times,
    `${times} retries on the database`,
  );
}

describe('balance-updater while PostgreSQL is away', () => {
  it('keeps delivering again, with a delay, until the database is back: at start and mid-way', async () => {
    const updater = await startUpdater({ namespace: space.namespace, schema: db.schema, DATABASE_URL: proxiedUrl() });
    try {
      await hub.publish(depositData({ paymentId: 'early', playerId: 'p-down', received: '1.50' }));
      await retriedAtLeast(updater, 2);
      await proxy.up();
      await eventually(async () => (await db.balance('p-down')) === '1.50', 'the first deposit to be credited');

      await proxy.down();
      await hub.publish(depositData({ paymentId: 'late', playerId: 'p-down', received: '2.25' }));
      await retriedAtLeast(updater, 2);
      await proxy.up();
      await eventually(() => hub.settled(), 'every event to be settled');
      expect(await db.balance('p-down')).toBe('3.75');
      expect(await db.creditedPayments()).toBe(2);
    } finally {
      expect(await stopApp(updater.app)).toBe(0);
    }
  });

  it('rolls back a credit whose connection dies mid-transaction, and credits it on the retry', async () => {
    await proxy.up();
    const updater = await startUpdater({ namespace: space.namespace, schema: db.schema, DATABASE_URL: proxiedUrl() });
    const blocker = await db.pool.connect();
    try {
      await hub.publish(depositData({ paymentId: 'warm', playerId: 'p-cut', received: '1.00' }));
      await eventually(async () => (await db.balance('p-cut')) === '1.00', 'the first deposit to be credited');
      // Holding the balance row makes the next credit wait inside its transaction, after claiming its payment.
      await blocker.query('BEGIN');
      await blocker.query(`SELECT 1 FROM ${db.schema}.balances WHERE player_id = 'p-cut' FOR UPDATE`);
      await hub.publish(depositData({ paymentId: 'cut', playerId: 'p-cut', received: '2.00' }));
      await eventually(async () => {
        const waiting = await db.pool.query(
          `SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE $1`,
          [`%${db.schema}".balances%`],
        );
        return waiting.rowCount === 1;
      }, 'the credit to wait on the row');
      await proxy.down();
      await blocker.query('COMMIT');
      await proxy.up();
      await eventually(() => hub.settled(), 'every event to be settled');
      expect(await db.balance('p-cut')).toBe('3.00');
      expect(await db.creditedPayments()).toBe(4);
      expect(await updater.metric('balance_updater_failures_total', 'reason="database_unavailable"')).toBeGreaterThan(
        0,
      );
    } finally {
      blocker.release(true);
      expect(await stopApp(updater.app)).toBe(0);
    }
  });
});
