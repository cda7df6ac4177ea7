import { API_KEY, Hub, RunningGateway, metricValue, payment, signToken } from './support/hub.fixture';
import { SseClient } from './support/sse.client';
import { StreamClient, sleep, until } from './support/stream.client';

let hub: Hub;
let gateway: RunningGateway;
let orderCount = 0;
const newOrder = () => `http order ${++orderCount}?#`;
const bearer = (credential: string) => ({ Authorization: `Bearer ${credential}` });
const url = (path: string) => `${gateway.httpUrl}${path}`;
const orderPath = (orderId: string) => `/v1/orders/${encodeURIComponent(orderId)}`;

beforeAll(async () => {
  hub = await Hub.open('gw_http');
  gateway = await hub.startGateway({ GATEWAY_HEARTBEAT_MS: '300' });
});
afterAll(() => hub.close());

describe('GET /v1/orders/:orderId', () => {
  it('answers the snapshot to an API key and to an order token by header or ?token=', async () => {
    const order = newOrder();
    const data = payment(order, 'processing', 2);
    await hub.change(data);
    const token = await signToken([order]);
    for (const [path, headers] of [
      [orderPath(order), bearer(API_KEY)],
      [orderPath(order), bearer(token)],
      [`${orderPath(order)}?token=${token}`, {}],
    ] as const) {
      const response = await fetch(url(path), { headers });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ orderId: order, payments: [data] });
    }
  });

  it('answers an empty list for an order without payments yet', async () => {
    const response = await fetch(url(orderPath('nobody yet')), { headers: bearer(API_KEY) });
    expect(await response.json()).toEqual({ orderId: 'nobody yet', payments: [] });
  });

  it('refuses with the contract error shape', async () => {
    const order = newOrder();
    const cases: [string, Record<string, string>, number, string][] = [
      [orderPath(order), {}, 401, 'UNAUTHORIZED'],
      [orderPath(order), bearer(await signToken([order], { expiresInSeconds: -5 })), 401, 'UNAUTHORIZED'],
      [orderPath(order), bearer(await signToken(['other'])), 403, 'FORBIDDEN'],
      [orderPath('x'.repeat(129)), bearer(API_KEY), 400, 'INVALID_REQUEST'],
    ];
    for (const [path, headers, status, code] of cases) {
      const response = await fetch(url(path), { headers });
      expect([response.status, ((await response.json()) as { error: { code: string } }).error.code]).toEqual([
        status,
        code,
      ]);
    }
  });
});

describe('POST /v1/stream-tokens', () => {
  const mint = (body: unknown, headers: Record<string, string> = bearer(API_KEY)) =>
    fetch(url('/v1/stream-tokens'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  it('mints an order token that opens exactly the listed orders', async () => {
    const [mine, other] = [newOrder(), newOrder()];
    const before = Date.now();
    const response = await mint({ orderIds: [mine], ttlSeconds: 120 });
    expect(response.status).toBe(200);
    const { token, expiresAt } = (await response.json()) as { token: string; expiresAt: string };
    expect(Date.parse(expiresAt) - before).toBeGreaterThan(118_000);
    expect(Date.parse(expiresAt) - before).toBeLessThanOrEqual(121_000);
    const client = await StreamClient.connect(gateway.wsUrl);
    expect((await client.subscribe(mine, { token })).type).toBe('subscribed');
    expect(await client.subscribe(other, { token })).toMatchObject({ type: 'error', code: 'FORBIDDEN' });
    client.close();
  });

  it('answers 400 naming each bad field, and 401 without an API key', async () => {
    const bad = await mint({ orderIds: [], ttlSeconds: 'soon' });
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { error: { code: string; details: Record<string, string[]> } };
    expect(body.error.code).toBe('INVALID_REQUEST');
    expect(Object.keys(body.error.details).sort()).toEqual(['orderIds', 'ttlSeconds']);
    expect((await mint({ orderIds: ['a'] }, {})).status).toBe(401);
    expect((await mint({ orderIds: ['a'] }, bearer(await signToken(['a'])))).status).toBe(401);
  });
});

describe('GET /v1/orders/:orderId/events (SSE)', () => {
  it('streams the snapshot, then the same messages as the WebSocket with id = seq, and heartbeat comments', async () => {
    const order = newOrder();
    const first = payment(order, 'pending', 1);
    await hub.change(first);
    const sse = await SseClient.open(url(`${orderPath(order)}/events?token=${await signToken([order])}`));
    expect(sse.response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    await sse.waitFor(1);
    expect(sse.messages[0]).toEqual({ data: { type: 'subscribed', orderId: order, snapshot: [first] } });
    const s2 = await hub.change(payment(order, 'processing', 2));
    const s3 = await hub.change(payment(order, 'succeeded', 3, { previousStatus: 'processing' }));
    await sse.waitFor(4);
    expect(sse.messages.slice(1).map((m) => [m.id, m.data.type, m.data.seq])).toEqual([
      [String(s2), 'status_update', s2],
      [String(s3), 'status_update', s3],
      [String(s3), 'payment_completed', s3],
    ]);
    await until(() => sse.comments.includes('heartbeat'), 2000, 'a heartbeat comment');
    sse.close();
  });

  it('resumes after Last-Event-ID with no gap and no duplicate', async () => {
    const order = newOrder();
    const seqs = [];
    for (let v = 1; v <= 5; v++) {
      seqs.push(await hub.change(payment(order, 'processing', v)));
    }
    const sse = await SseClient.open(url(`${orderPath(order)}/events`), {
      ...bearer(API_KEY),
      'Last-Event-ID': String(seqs[2]),
    });
    seqs.push(await hub.change(payment(order, 'processing', 6)));
    await until(() => sse.seqs().length === 3);
    await sleep(50);
    expect(sse.seqs()).toEqual(seqs.slice(3));
    sse.close();
  });

  it('refuses a bad credential or Last-Event-ID with an HTTP error before streaming', async () => {
    const order = newOrder();
    const forbidden = await fetch(url(`${orderPath(order)}/events?token=${await signToken(['x'])}`));
    expect(forbidden.status).toBe(403);
    const unauthorized = await fetch(url(`${orderPath(order)}/events`));
    expect(unauthorized.status).toBe(401);
    const badResume = await fetch(url(`${orderPath(order)}/events`), {
      headers: { ...bearer(API_KEY), 'Last-Event-ID': 'yesterday' },
    });
    expect(badResume.status).toBe(400);
    expect(await badResume.json()).toMatchObject({
      error: { code: 'INVALID_REQUEST', details: { 'Last-Event-ID': [expect.any(String)] } },
    });
  });
});

describe('metrics', () => {
  it('counts connections, subscriptions, messages and fan-out latency', async () => {
    const metric = (name: string, labels?: string) => metricValue(gateway.httpUrl, name, labels);
    const order = newOrder();
    const sent = await metric('statushub_gateway_messages_sent_total');
    const latencies = await metric('statushub_gateway_fanout_latency_seconds_count');
    const clients = await Promise.all([1, 2, 3].map(() => StreamClient.connect(gateway.wsUrl)));
    await Promise.all(clients.map((client) => client.subscribe(order, { apiKey: API_KEY })));
    expect(await metric('statushub_gateway_connections', 'transport="ws"')).toBe(3);
    expect(await metric('statushub_gateway_subscriptions')).toBe(3);
    await hub.change(payment(order, 'succeeded', 1));
    await until(() => clients.every((client) => client.messages.length === 3));
    expect(await metric('statushub_gateway_messages_sent_total')).toBe(sent + 6);
    expect(await metric('statushub_gateway_fanout_latency_seconds_count')).toBe(latencies + 1);
    clients.forEach((client) => client.close());
    await until(() => clients.every((client) => client.socket.readyState === client.socket.CLOSED));
    await sleep(50);
    expect(await metric('statushub_gateway_connections', 'transport="ws"')).toBe(0);
    expect(await metric('statushub_gateway_subscriptions')).toBe(0);
  });

  it('forgets an SSE client once it disconnects', async () => {
    const metric = (name: string, labels?: string) => metricValue(gateway.httpUrl, name, labels);
    const sse = await SseClient.open(url(`${orderPath(newOrder())}/events`), bearer(API_KEY));
    await sse.waitFor(1);
    expect(await metric('statushub_gateway_connections', 'transport="sse"')).toBe(1);
    expect(await metric('statushub_gateway_subscriptions')).toBe(1);
    sse.close();
    await until(() => sse.ended);
    await sleep(50);
    expect(await metric('statushub_gateway_connections', 'transport="sse"')).toBe(0);
    expect(await metric('statushub_gateway_subscriptions')).toBe(0);
  });
});

describe('shutdown', () => {
  it('closes WebSockets with 1001, ends SSE streams and accepts no one new', async () => {
    const order = newOrder();
    const doomed = await hub.startGateway();
    const client = await StreamClient.connect(doomed.wsUrl);
    await client.subscribe(order, { apiKey: API_KEY });
    const sse = await SseClient.open(`${doomed.httpUrl}${orderPath(order)}/events`, bearer(API_KEY));
    await sse.waitFor(1);
    const stopping = hub.stopGateway(doomed);
    expect(await client.closed).toEqual({ code: 1001, reason: 'server shutting down' });
    await until(() => sse.ended, 5000, 'the SSE stream to end');
    await stopping;
    await expect(StreamClient.connect(doomed.wsUrl)).rejects.toThrow();
  });
});
