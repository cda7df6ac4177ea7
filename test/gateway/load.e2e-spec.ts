import { API_KEY, Hub, RunningGateway, metricValue, payment, signToken } from './support/hub.fixture';
import { StreamClient, sleep, until } from './support/stream.client';

let hub: Hub;

beforeAll(async () => {
  hub = await Hub.open('gw_load');
});
afterAll(() => hub.close());

/** Publishes `count` changes for each order, interleaved across orders; returns each order's seqs. */
async function publishRounds(orders: string[], from: number, count: number, padding = '') {
  const seqs = new Map<string, number[]>(orders.map((order) => [order, []]));
  for (let version = from; version < from + count; version++) {
    const acks = await Promise.all(
      orders.map((order) =>
        hub.publishChange(payment(order, 'processing', version, { metadata: { sentAt: performance.now(), padding } })),
      ),
    );
    orders.forEach((order, i) => seqs.get(order)?.push(acks[i]));
  }
  return seqs;
}

describe('fan-out', () => {
  let gateway: RunningGateway;
  beforeAll(async () => {
    gateway = await hub.startGateway();
  });

  it('gives each of 1,000 concurrent clients every event of its order, in order', async () => {
    const orders = Array.from({ length: 100 }, (_, i) => `load-${i}`);
    const tokens = await Promise.all(orders.map((order) => signToken([order])));
    const clients: { client: StreamClient; order: string }[] = [];
    for (let batch = 0; batch < 10; batch++) {
      const opened = await Promise.all(orders.map(() => StreamClient.connect(gateway.wsUrl)));
      opened.forEach((client, i) => clients.push({ client, order: orders[i] }));
      const credential = (i: number) => (batch % 2 === 0 ? { apiKey: API_KEY } : { token: tokens[i] });
      const answers = await Promise.all(opened.map((client, i) => client.subscribe(orders[i], credential(i))));
      expect(answers.every((answer) => answer.type === 'subscribed')).toBe(true);
    }
    const seqs = await publishRounds(orders, 1, 10);
    await until(() => clients.every(({ client, order }) => client.seqs(order).length >= 10), 30_000, 'every event');
    await sleep(100);
    for (const { client, order } of clients) {
      expect(client.seqs(order)).toEqual(seqs.get(order));
    }
    expect(await metricValue(gateway.httpUrl, 'statushub_gateway_connections')).toBe(1000);
    clients.forEach(({ client }) => client.close());
  });
});

describe('a slow client', () => {
  let gateway: RunningGateway;
  beforeAll(async () => {
    gateway = await hub.startGateway({ GATEWAY_MAX_BUFFERED_BYTES: '262144', GATEWAY_CLOSE_GRACE_MS: '10000' });
  });

  it('is dropped with 4008 once its backlog passes the bound, while the others keep their latency', async () => {
    const order = 'slow-order';
    const padding = 'x'.repeat(8 * 1024);
    const readers = await Promise.all([1, 2, 3, 4, 5].map(() => StreamClient.connect(gateway.wsUrl)));
    await Promise.all(readers.map((client) => client.subscribe(order, { apiKey: API_KEY })));
    const baseline = await latencies(readers, order, (await publishRounds([order], 1, 100, padding)).get(order)!);

    const slow = await StreamClient.connect(gateway.wsUrl);
    await slow.subscribe(order, { apiKey: API_KEY });
    (slow.socket as unknown as { _socket: { pause(): void; resume(): void } })._socket.pause();
    const seqs = [...(await publishRounds([order], 101, 50, padding)).get(order)!];
    for (
      let round = 0;
      (await metricValue(gateway.httpUrl, 'statushub_gateway_slow_clients_dropped_total')) === 0;
      round++
    ) {
      expect(round).toBeLessThan(100);
      seqs.push(...(await publishRounds([order], 151 + round * 50, 50, padding)).get(order)!);
    }
    const loaded = await latencies(readers, order, seqs);
    (slow.socket as unknown as { _socket: { resume(): void } })._socket.resume();
    expect(await slow.closed).toEqual({ code: 4008, reason: 'slow consumer' });
    expect(seqs).toEqual(expect.arrayContaining(slow.seqs(order)));
    expect(slow.seqs(order)).toEqual(seqs.slice(0, slow.seqs(order).length));
    expect(loaded.p99).toBeLessThan(Math.max(250, 5 * baseline.p99));
    readers.forEach((client) => client.close());
  });
});

/** Waits for every client to get exactly `expected` and returns the publish-to-receive latencies (ms). */
async function latencies(clients: StreamClient[], order: string, expected: number[]) {
  const wanted = new Set(expected);
  const of = (client: StreamClient) => client.messages.filter((m) => m.seq !== undefined && wanted.has(m.seq));
  await until(() => clients.every((client) => of(client).length >= expected.length), 30_000, 'every event');
  const all: number[] = [];
  for (const client of clients) {
    expect(client.seqs(order).slice(-expected.length)).toEqual(expected);
    all.push(...of(client).map((m) => m.at - (m.data?.metadata.sentAt as number)));
  }
  all.sort((a, b) => a - b);
  return { p50: all[Math.floor(all.length * 0.5)], p99: all[Math.floor(all.length * 0.99)], max: all[all.length - 1] };
}
