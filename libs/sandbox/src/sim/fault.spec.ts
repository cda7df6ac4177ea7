import { FaultQueue } from './fault';

describe('FaultQueue', () => {
  it('uses each fault for its number of calls, in order', () => {
    const queue = new FaultQueue();
    queue.add({ type: 'rate_limit', remaining: 2 });
    queue.add({ type: 'hang', remaining: 1 });
    expect([queue.take()?.type, queue.take()?.type, queue.take()?.type, queue.take()]).toEqual([
      'rate_limit',
      'rate_limit',
      'hang',
      null,
    ]);
  });

  it('keeps a fault until cleared', () => {
    const queue = new FaultQueue();
    queue.add({ type: 'server_error', remaining: Infinity });
    for (let i = 0; i < 100; i++) {
      expect(queue.take()?.type).toBe('server_error');
    }
    queue.clear();
    expect(queue.take()).toBeNull();
  });
});
