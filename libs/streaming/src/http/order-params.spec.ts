import { HubError } from '@statushub/contract';
import { checkedOrderId, lastEventId } from './order-params';

describe('order parameters', () => {
  it('accepts order ids of 1 to 128 characters', () => {
    expect(checkedOrderId('o 1')).toBe('o 1');
    expect(() => checkedOrderId('x'.repeat(129))).toThrow(HubError);
  });

  it('reads Last-Event-ID as a seq, naming the header when it is not one', () => {
    expect(lastEventId(undefined)).toBeUndefined();
    expect(lastEventId(' 42 ')).toBe(42);
    expect(lastEventId(['7'])).toBe(7);
    const thrown = (() => {
      try {
        lastEventId('abc');
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toBeInstanceOf(HubError);
    expect((thrown as HubError).details).toHaveProperty(['Last-Event-ID']);
  });
});
