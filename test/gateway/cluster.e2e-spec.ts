import { AppProcess, startBuiltApp, stopApp, waitForOk } from '../support/app-process';
import { freePort } from '../support/ports';
import { ensureBuilt } from '../support/ensure-built';
import { API_KEY, Hub, payment } from './support/hub.fixture';
import { ResumingClient } from './support/resuming.client';
import { StreamClient, sleep, until } from './support/stream.client';

let hub: Hub;
const ports: number[] = [];
const processes: AppProcess[] = [];
const wsUrls = () => ports.map((port) => `ws://127.0.0.1:${port}/v1/stream`);

async function startGateway(i: number): Promise<void> {
  processes[i] = startBuiltApp('gateway', hub.env({ GATEWAY_PORT: String(ports[i]), LOG_LEVEL: 'warn' }));
  await waitForOk(`http://127.0.0.1:${ports[i]}/readyz`);
}

beforeAll(async () => {
  ensureBuilt('gateway');
  hub = await Hub.open('gw_cluster');
  ports.push(await freePort(), await freePort());
  await Promise.all([startGateway(0), startGateway(1)]);
}, 180_000);

afterAll(async () => {
  await Promise.all(processes.map((proc) => stopApp(proc)));
  await hub.close();
});

it('two gateway processes serve clients of the same order the same events in the same order', async () => {
  const order = 'shared order';
  const clients = await Promise.all([0, 1, 0, 1, 0, 1].map((i) => StreamClient.connect(wsUrls()[i])));
  await Promise.all(clients.map((client) => client.subscribe(order, { apiKey: API_KEY })));
  const seqs: number[] = [];
  for (let version = 1; version <= 20; version++) {
    seqs.push(await hub.change(payment(order, version === 20 ? 'succeeded' : 'processing', version)));
  }
  await until(() => clients.every((client) => client.seqs(order).length >= 20));
  await sleep(50);
  clients.forEach((client) => {
    expect(client.seqs(order)).toEqual(seqs);
    expect(client.events(order).at(-1)).toEqual(['payment_completed', seqs[19]]);
  });
  clients.forEach((client) => client.close());
});

it('loses no event across a rolling restart for clients that resume with since', async () => {
  const orders = Array.from({ length: 10 }, (_, i) => `rolling-${i}`);
  const clients = orders.flatMap((order) => [0, 1].map(() => new ResumingClient(order, { apiKey: API_KEY }, wsUrls)));
  await Promise.all(clients.map((client, i) => client.start(i % 2, 0)));
  const published = new Map<string, number[]>(orders.map((order) => [order, []]));
  let publishing = true;
  const publisher = (async () => {
    for (let version = 1; publishing; version++) {
      for (const order of orders) {
        published.get(order)?.push(await hub.publishChange(payment(order, 'processing', version)));
      }
      await sleep(5);
    }
  })();

  for (const i of [0, 1]) {
    await sleep(300);
    expect(await stopApp(processes[i])).toBe(0);
    await startGateway(i);
  }
  await sleep(300);
  publishing = false;
  await publisher;
  const done = () => clients.every((client) => client.seqs.at(-1) === published.get(client.orderId)?.at(-1));
  await until(done, 15_000, 'every client to catch up');
  for (const client of clients) {
    expect(client.seqs).toEqual(published.get(client.orderId));
    expect(client.closeCodes).toContain(1001);
  }
  expect(clients.reduce((sum, client) => sum + client.closeCodes.length, 0)).toBeGreaterThanOrEqual(20);
  clients.forEach((client) => client.stop());
});
