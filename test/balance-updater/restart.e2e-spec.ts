import { startBuiltApp, stopApp } from '../support/app-process';
import { testNamespace } from '../support/nats-namespace';
import { depositData } from './support/deposits';
import { StreamClient, streamClient } from './support/stream-client';
import { testSchema } from './support/postgres';
import { eventually, startUpdater } from './support/updater';

const space = testNamespace('bu_restart');
const db = testSchema('restart');
let hub: StreamClient;

beforeAll(async () => {
  hub = await streamClient(space.names);
});

afterAll(async () => {
  await hub.nc.close();
  await Promise.all([space.cleanup(), db.cleanup()]);
});

const DEPOSITS = 600;
const deposits = Array.from({ length: DEPOSITS }, (_, i) =>
  depositData({ paymentId: `kill-${i}`, playerId: 'p-kill', received: '0.01' }),
);

async function publishAll(msgIdSuffix?: string): Promise<void> {
  for (let i = 0; i < deposits.length; i += 100) {
    await Promise.all(
      deposits.slice(i, i + 100).map((data) => hub.publish(data, msgIdSuffix && `${data.paymentId}:${msgIdSuffix}`)),
    );
  }
}

/** The credited count once PostgreSQL has finished the commits the killed process had already sent. */
async function settledCount(): Promise<number> {
  let last = -1;
  for (;;) {
    const now = await db.creditedPayments();
    if (now === last) {
      return now;
    }
    last = now;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

describe('balance-updater restarts', () => {
  it('credits every deposit exactly once when killed mid-way, restarted, and every event is sent again', async () => {
    await publishAll();
    const first = await startUpdater({ namespace: space.namespace, schema: db.schema });
    await eventually(async () => (await db.creditedPayments()) >= 30, 'the first process to credit some deposits');
    first.app.child.kill('SIGKILL');
    await first.app.exited;
    const creditedByFirst = await settledCount();
    expect(creditedByFirst).toBeLessThan(DEPOSITS);

    await publishAll('resent');
    const second = await startUpdater({ namespace: space.namespace, schema: db.schema });
    try {
      await eventually(() => hub.settled(), 'every event to be settled', 30_000);
      expect(await db.creditedPayments()).toBe(DEPOSITS);
      expect(await db.balance('p-kill')).toBe('6.00');
      expect(await second.metric('balance_updater_credits_applied_total')).toBe(DEPOSITS - creditedByFirst);
      expect(await second.metric('balance_updater_duplicates_skipped_total')).toBeGreaterThanOrEqual(DEPOSITS);
    } finally {
      expect(await stopApp(second.app)).toBe(0);
    }
  });

  it('exits non-zero at once on a bad setting, naming each bad variable', async () => {
    const app = startBuiltApp('balance-updater', {
      BALANCE_UPDATER_PORT: 'not-a-port',
      DATABASE_URL: 'mysql://somewhere',
    });
    expect(await app.exited).not.toBe(0);
    expect(app.output()).toMatch(/^\s+BALANCE_UPDATER_PORT: .*integer/m);
    expect(app.output()).toMatch(/^\s+DATABASE_URL: must be a postgres:\/\/ connection URL/m);
  });
});
