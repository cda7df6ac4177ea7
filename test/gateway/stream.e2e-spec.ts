import { API_KEY, Hub, RunningGateway, metricValue, payment, signToken } from './support/hub.fixture';
import { StreamClient, sleep, until } from './support/stream.client';

let hub: Hub;
let gateway: RunningGateway;
let orderCount = 0;
const newOrder = (label = 'order') => `${label} ${++orderCount}/é`;
const apiKey = { apiKey: API_KEY };

beforeAll(async () => {
  hub = await Hub.open('gw_stream');
  gateway = await hub.startGateway({
    GATEWAY_MAX_SUBSCRIPTIONS: '5',
    GATEWAY_RATE_LIMIT_PER_SECOND: '20',
    GATEWAY_RATE_LIMIT_BURST: '30',
    GATEWAY_HEARTBEAT_MS: '300',
  });
});
afterAll(() => hub.close());

const connect = () => StreamClient.connect(gateway.wsUrl);

describe('subscribe', () => {
  it('sends the snapshot, then every change live and in order, with payment_completed after succeeded', async () => {
    const order = newOrder();
    const first = payment(order, 'pending', 1);
    const other = payment(order, 'processing', 1, { provider: 'mc', paymentId: 'second' });
    await hub.change(first);
    await hub.change(other);
    const client = await connect();
    const subscribed = await client.subscribe(order, apiKey);
    expect(subscribed.type).toBe('subscribed');
    expect(sortByProvider(subscribed.snapshot ?? [])).toEqual([first, other]);

    const processing = payment(order, 'processing', 2);
    const succeeded = payment(order, 'succeeded', 3, { previousStatus: 'processing' });
    const s2 = await hub.change(processing);
    await hub.change(payment(newOrder('unrelated'), 'pending', 1));
    const s3 = await hub.change(succeeded);
    const s4 = await hub.anomaly(succeeded);
    const s5 = await hub.watchEnded(other);
    await until(() => client.events(order).length === 5);
    expect(client.events(order)).toEqual([
      ['status_update', s2],
      ['status_update', s3],
      ['payment_completed', s3],
      ['anomaly', s4],
      ['watch_ended', s5],
    ]);
    const [update, , completed] = client.messages.filter((m) => m.seq !== undefined);
    expect(update.data).toEqual(processing);
    expect(completed.data).toEqual(succeeded);
    expect(client.messages.every((m) => m.orderId === order)).toBe(true);
    client.close();
  });

  it('gives an order without payments an empty snapshot, then its first change', async () => {
    const order = newOrder();
    const client = await connect();
    expect(await client.subscribe(order, apiKey)).toMatchObject({ type: 'subscribed', orderId: order, snapshot: [] });
    const seq = await hub.change(payment(order, 'pending', 1));
    await until(() => client.seqs(order).length === 1);
    expect(client.events(order)).toEqual([['status_update', seq]]);
    client.close();
  });

  it('replaces a subscription to the same order instead of sending twice', async () => {
    const order = newOrder();
    const client = await connect();
    await client.subscribe(order, apiKey);
    await client.subscribe(order, apiKey);
    const seq = await hub.change(payment(order, 'pending', 1));
    await sleep(100);
    expect(client.seqs(order)).toEqual([seq]);
    client.close();
  });
});

describe('authorization', () => {
  it('accepts an API key in apiKey (a cyberpay client) or token, and an order token for that order', async () => {
    const order = newOrder();
    const client = await connect();
    expect((await client.subscribe(order, { apiKey: API_KEY })).type).toBe('subscribed');
    expect((await client.subscribe(newOrder(), { token: API_KEY })).type).toBe('subscribed');
    expect((await client.subscribe(order, { token: await signToken([order, 'x']) })).type).toBe('subscribed');
    client.close();
  });

  it('refuses missing, expired, badly signed and foreign credentials with the contract codes', async () => {
    const order = newOrder();
    const before = await metricValue(gateway.httpUrl, 'statushub_gateway_auth_failures_total');
    const client = await connect();
    const refusals = [
      await client.subscribe(order, {}),
      await client.subscribe(order, { apiKey: 'not-a-key' }),
      await client.subscribe(order, { token: await signToken([order], { expiresInSeconds: -10 }) }),
      await client.subscribe(order, {
        token: await signToken([order], { secret: 'another-secret-0123456789abcdef0123' }),
      }),
      await client.subscribe(order, { token: await signToken(['someone else']) }),
    ];
    expect(refusals.map((m) => [m.type, m.code, m.orderId])).toEqual([
      ['error', 'UNAUTHORIZED', order],
      ['error', 'UNAUTHORIZED', order],
      ['error', 'UNAUTHORIZED', order],
      ['error', 'UNAUTHORIZED', order],
      ['error', 'FORBIDDEN', order],
    ]);
    expect(refusals[2].message).toMatch(/expired/);
    const seq = await hub.change(payment(order, 'pending', 1));
    await sleep(100);
    expect(client.seqs(order)).toEqual([]);
    expect((await client.subscribe(order, apiKey)).type).toBe('subscribed');
    expect(seq).toBeGreaterThan(0);
    expect(await metricValue(gateway.httpUrl, 'statushub_gateway_auth_failures_total')).toBe(before + 5);
    client.close();
  });
});

describe('frames', () => {
  it('answers bad frames with an error naming the problem, keeping the connection and its subscriptions', async () => {
    const order = newOrder();
    const client = await connect();
    await client.subscribe(order, apiKey);
    const from = client.messages.length;
    client.send('not json');
    client.send({ action: 'dance' });
    client.send({ action: 'subscribe' });
    client.send({ action: 'subscribe', orderId: order, since: -1 });
    client.send({ action: 'unsubscribe', orderId: 'x'.repeat(200) });
    await until(() => client.messages.length === from + 5);
    const errors = client.messages.slice(from);
    expect(errors.map((m) => [m.type, m.code])).toEqual(Array(5).fill(['error', 'INVALID_MESSAGE']));
    expect(errors.map((m) => Object.keys(m.details ?? {}))).toEqual([
      ['frame'],
      ['action'],
      ['orderId'],
      ['since'],
      ['orderId'],
    ]);
    expect(errors[3].orderId).toBe(order);
    const seq = await hub.change(payment(order, 'pending', 1));
    await until(() => client.seqs(order).length === 1);
    expect(client.seqs(order)).toEqual([seq]);
    client.close();
  });

  it('accepts a frame of exactly 64 KiB and closes with 1009 on a larger one', async () => {
    const client = await connect();
    const frame = (size: number) => {
      const head = '{"action":"ping","pad":"';
      return head + 'x'.repeat(size - head.length - 2) + '"}';
    };
    client.send(frame(64 * 1024));
    await client.next((m) => m.type === 'pong');
    client.send(frame(64 * 1024 + 1));
    expect((await client.closed).code).toBe(1009);
  });

  it('limits subscriptions per connection', async () => {
    const client = await connect();
    const orders = [1, 2, 3, 4, 5, 6].map(() => newOrder());
    const answers = [];
    for (const order of orders) {
      answers.push(await client.subscribe(order, apiKey));
    }
    expect(answers.map((m) => m.type)).toEqual([
      'subscribed',
      'subscribed',
      'subscribed',
      'subscribed',
      'subscribed',
      'error',
    ]);
    expect(answers[5]).toMatchObject({ code: 'TOO_MANY_SUBSCRIPTIONS', orderId: orders[5] });
    client.send({ action: 'unsubscribe', orderId: orders[0] });
    expect((await client.subscribe(orders[5], apiKey)).type).toBe('subscribed');
    client.close();
  });

  it('rate-limits client frames with a token bucket, then lets the client go on', async () => {
    const client = await connect();
    for (let i = 0; i < 60; i++) {
      client.send({ action: 'ping' });
    }
    await until(() => client.messages.length === 60);
    const pongs = client.messages.filter((m) => m.type === 'pong').length;
    const limited = client.messages.filter((m) => m.code === 'RATE_LIMITED').length;
    expect(pongs + limited).toBe(60);
    expect(pongs).toBeGreaterThanOrEqual(30);
    expect(pongs).toBeLessThanOrEqual(33);
    await sleep(200);
    client.send({ action: 'ping' });
    await until(() => client.messages.length === 61);
    expect(client.messages[60].type).toBe('pong');
    client.close();
  });

  it('sends nothing more for an order after unsubscribe', async () => {
    const [a, b] = [newOrder(), newOrder()];
    const client = await connect();
    await client.subscribe(a, apiKey);
    await client.subscribe(b, apiKey);
    const a1 = await hub.change(payment(a, 'pending', 1));
    await until(() => client.seqs(a).length === 1);
    client.send({ action: 'unsubscribe', orderId: a });
    client.send({ action: 'ping' });
    await client.next((m) => m.type === 'pong');
    await hub.change(payment(a, 'processing', 2));
    const b1 = await hub.change(payment(b, 'pending', 1));
    await until(() => client.seqs(b).length === 1);
    await sleep(50);
    expect(client.seqs(a)).toEqual([a1]);
    expect(client.seqs(b)).toEqual([b1]);
    client.close();
  });
});

describe('heartbeat', () => {
  it('closes a connection that stops answering pings and keeps one that answers', async () => {
    const dead = await StreamClient.connect(gateway.wsUrl, { autoPong: false });
    const live = await connect();
    const closed = await Promise.race([dead.closed, sleep(3000).then(() => null)]);
    expect(closed?.code).toBe(1006);
    expect(live.socket.readyState).toBe(live.socket.OPEN);
    live.close();
  });
});

function sortByProvider<T extends { provider: string }>(list: T[]): T[] {
  return [...list].sort((a, b) => a.provider.localeCompare(b.provider));
}
