import { OrderRouter } from './order-router';
import { Subscription } from './subscription';

describe('OrderRouter', () => {
  const sink = { deliver: () => 1 };

  it('finds the subscribers of an order by its token and forgets orders nobody follows', () => {
    const router = new OrderRouter();
    const a = new Subscription(sink, 'A 1');
    const b = new Subscription(sink, 'A 1');
    router.add(a);
    router.add(b);
    router.add(b);
    expect([...(router.subscribers('A=201') ?? [])]).toEqual([a, b]);
    router.remove(a);
    router.remove(a);
    expect([...(router.subscribers('A=201') ?? [])]).toEqual([b]);
    router.remove(b);
    expect(router.subscribers('A=201')).toBeUndefined();
  });

  it('counts the frames written to every subscriber', () => {
    const router = new OrderRouter();
    [1, 2, 3].forEach(() => router.add(new Subscription(sink, 'o')));
    const subscribers = router.subscribers('o');
    expect(subscribers && OrderRouter.dispatch(subscribers, { orderId: 'o', seq: 1, frames: [] })).toBe(3);
  });
});
