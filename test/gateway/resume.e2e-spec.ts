import { API_KEY, Hub, RunningGateway, payment } from './support/hub.fixture';
import { StreamClient, sleep, until } from './support/stream.client';

let hub: Hub;
let orderCount = 0;
const newOrder = (label = 'order') => `${label} ${++orderCount}/é`;
const apiKey = { apiKey: API_KEY };

beforeAll(async () => {
  hub = await Hub.open('gw_resume');
});
afterAll(() => hub.close());

// A catch-up buffer of one event overflows on nearly every busy resume: the replay then reads on.
describe.each([
  ['the default catch-up buffer', {}],
  ['a catch-up buffer of one event', { GATEWAY_CATCH_UP_BUFFER: '1' }],
])('with %s', (_, settings: Record<string, string>) => {
  let gateway: RunningGateway;
  beforeAll(async () => {
    gateway = await hub.startGateway(settings);
  });
  const connect = () => StreamClient.connect(gateway.wsUrl);

  describe('resume with since', () => {
    it('replays what the client missed across providers, then goes live with no gap and no duplicate', async () => {
      const order = newOrder();
      const published: number[] = [];
      for (let v = 1; v <= 6; v++) {
        published.push(await hub.change(payment(order, 'processing', v, { provider: v % 2 ? 'cyberpay' : 'mc' })));
        await hub.change(payment(newOrder('noise'), 'pending', 1));
      }
      const client = await connect();
      let publishing = true;
      const publisher = (async () => {
        for (let v = 7; publishing || v <= 40; v++) {
          published.push(await hub.change(payment(order, 'processing', v)));
        }
      })();
      const subscribed = await client.subscribe(order, apiKey, published[1]);
      expect(subscribed.type).toBe('subscribed');
      publishing = false;
      await publisher;
      const expected = published.slice(2);
      await until(() => client.seqs(order).length >= expected.length);
      await sleep(50);
      expect(client.seqs(order)).toEqual(expected);
      const firstEvent = client.messages.findIndex((m) => m.seq !== undefined);
      expect(client.messages.findIndex((m) => m.type === 'subscribed')).toBeLessThan(firstEvent);
      client.close();
    });

    it('goes live at once when nothing was missed', async () => {
      const order = newOrder();
      const seq = await hub.change(payment(order, 'pending', 1));
      const client = await connect();
      await client.subscribe(order, apiKey, seq);
      const next = await hub.change(payment(order, 'processing', 2));
      await until(() => client.seqs(order).length === 1);
      expect(client.seqs(order)).toEqual([next]);
      client.close();
    });

    it('treats a since beyond the end of the stream (a recreated stream) as its end', async () => {
      const order = newOrder();
      const client = await connect();
      await client.subscribe(order, apiKey, 1e12);
      const seq = await hub.change(payment(order, 'pending', 1));
      await until(() => client.seqs(order).length === 1);
      expect(client.seqs(order)).toEqual([seq]);
      client.close();
    });
  });

  describe('snapshot under load', () => {
    it('loses and reorders nothing published while the snapshot is read', async () => {
      const order = newOrder();
      await hub.change(payment(order, 'processing', 1));
      let version = 1;
      let publishing = true;
      const seqByVersion = new Map<number, number>();
      const publisher = (async () => {
        while (publishing) {
          version++;
          seqByVersion.set(version, await hub.change(payment(order, 'processing', version)));
        }
      })();
      await sleep(30);
      const clients = await Promise.all([1, 2, 3, 4, 5].map(() => connect()));
      const snapshots = await Promise.all(clients.map((client) => client.subscribe(order, apiKey)));
      await sleep(50);
      publishing = false;
      await publisher;
      const lastSeq = seqByVersion.get(version);
      await until(() => clients.every((client) => client.seqs(order).at(-1) === lastSeq));
      clients.forEach((client, i) => {
        const seen = snapshots[i].snapshot?.[0]?.version ?? 0;
        const versions = client.messages.filter((m) => m.seq !== undefined).map((m) => m.data?.version ?? 0);
        expect(versions.length).toBeGreaterThan(0);
        expect(versions[0]).toBeLessThanOrEqual(seen + 1);
        expect(versions).toEqual(range(versions[0], version));
        expect(client.seqs(order)).toEqual(versions.map((v) => seqByVersion.get(v)));
      });
      clients.forEach((client) => client.close());
    });
  });
});

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
