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
});
