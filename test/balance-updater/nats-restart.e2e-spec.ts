import { natsNames } from '@statushub/contract';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stopApp } from '../support/app-process';
import { freePort } from '../support/ports';
import { depositData } from './support/deposits';
import { NATS_SERVER_BINARY, PrivateNats } from './support/private-nats';
import { testSchema } from './support/postgres';
import { StreamClient, streamClient } from './support/stream-client';
import { eventually, startUpdater } from './support/updater';

const db = testSchema('natsrestart');
const names = natsNames('');
const storeDir = mkdtempSync(join(tmpdir(), 'bu-nats-'));
let server: PrivateNats;
let hub: StreamClient | undefined;

afterAll(async () => {
  await hub?.nc.close();
  await server?.stop();
  rmSync(storeDir, { recursive: true, force: true });
  await db.cleanup();
});

// The shared server cannot be restarted under other tests, so this one runs a server of its own.
describe('balance-updater across a NATS restart', () => {
  it('resumes consuming once the server is back, without losing or repeating a credit', async () => {
    const binary = NATS_SERVER_BINARY;
    if (!binary) {
      throw new Error('nats-server is not installed: apt-get install nats-server (scripts/ensure-nats.sh does)');
    }
    server = new PrivateNats(await freePort(), storeDir);
    await server.start(binary);
    const client = await streamClient(names, { servers: server.url, maxReconnectAttempts: -1, reconnectTimeWait: 200 });
    hub = client;
    const updater = await startUpdater({ namespace: '', schema: db.schema, NATS_URL: server.url });
    try {
      await client.publish(depositData({ paymentId: 'before', playerId: 'p-nats', received: '3.00' }));
      await eventually(async () => (await db.balance('p-nats')) === '3.00', 'the credit before the restart');

      await server.stop();
      await server.start(binary);
      const after = depositData({ paymentId: 'after', playerId: 'p-nats', received: '4.00' });
      await eventually(async () => (await client.publish(after)) > 0, 'publishing after the restart');
      await eventually(async () => (await db.balance('p-nats')) === '7.00', 'the credit after the restart', 30_000);
      expect(await db.creditedPayments()).toBe(2);
    } finally {
      expect(await stopApp(updater.app)).toBe(0);
    }
  });
});
