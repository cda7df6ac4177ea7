import { OutboundEvent } from '../events/outbound-event';
import { CatchUp } from './catch-up';

const event = (seq: number): OutboundEvent => ({ orderId: 'o', seq, frames: [] });
const seqs = (events: OutboundEvent[]) => events.map((e) => e.seq);

describe('CatchUp', () => {
  it('flushes held live events after what the replay sent, dropping those it already sent', () => {
    const catchUp = new CatchUp(10);
    [5, 6, 7, 8].forEach((seq) => catchUp.hold(event(seq), 4));
    const settled = catchUp.settle(6);
    expect(settled.kind).toBe('live');
    expect(settled.kind === 'live' && seqs(settled.flush)).toEqual([7, 8]);
  });

  it('never holds what was already sent before the catch-up began', () => {
    const catchUp = new CatchUp(10);
    [3, 4, 5].forEach((seq) => catchUp.hold(event(seq), 4));
    const settled = catchUp.settle(4);
    expect(settled.kind === 'live' && seqs(settled.flush)).toEqual([5]);
  });

  it('asks for another replay from the last sent seq once it overflowed, then holds again', () => {
    const catchUp = new CatchUp(2);
    [11, 12, 13, 14].forEach((seq) => catchUp.hold(event(seq), 10));
    expect(catchUp.settle(10)).toEqual({ kind: 'replay', after: 10 });
    catchUp.hold(event(15), 14);
    const settled = catchUp.settle(14);
    expect(settled.kind === 'live' && seqs(settled.flush)).toEqual([15]);
  });
});
