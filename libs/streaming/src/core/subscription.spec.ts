import { OutboundEvent } from '../events/outbound-event';
import { Subscription } from './subscription';

const event = (seq: number): OutboundEvent => ({ orderId: 'o 1', seq, frames: [Buffer.from(String(seq))] });

function subscription() {
  const sent: number[] = [];
  const sub = new Subscription({ deliver: (e) => (sent.push(e.seq), e.frames.length) }, 'o 1');
  return { sub, sent };
}

describe('Subscription', () => {
  it('routes by the order token', () => {
    expect(subscription().sub.routeKey).toBe('o=201');
  });

  it('sends live events once, in order, and never one at or below the last sent seq', () => {
    const { sub, sent } = subscription();
    [1, 2, 2, 1, 3].forEach((seq) => sub.offer(event(seq)));
    expect(sent).toEqual([1, 2, 3]);
  });

  it('holds live events during a replay and merges them after it with no gap and no duplicate', () => {
    const { sub, sent } = subscription();
    sub.startCatchUp(10, 100);
    sub.offer(event(13));
    sub.send(event(11));
    sub.offer(event(14));
    sub.send(event(12));
    sub.send(event(13));
    expect(sent).toEqual([11, 12, 13]);
    expect(sub.settle().kind).toBe('live');
    sub.offer(event(15));
    expect(sent).toEqual([11, 12, 13, 14, 15]);
  });

  it('sends nothing once ended', () => {
    const { sub, sent } = subscription();
    sub.active = false;
    sub.offer(event(1));
    expect(sent).toEqual([]);
  });
});
