import { encodeToken } from '@statushub/contract';
import { OutboundEvent } from '../events/outbound-event';
import { CatchUp, Settlement } from './catch-up';

/** The side of a connection a subscription writes to. */
export interface EventSink {
  /** Writes the event's frames; returns how many were written. */
  deliver(event: OutboundEvent): number;
}

/**
 * One order followed by one connection. It sends each event at most once and in stream order:
 * `lastSeq` is the highest seq it sent, and while a catch-up (snapshot or replay) runs, live events
 * are held by it instead of sent.
 */
export class Subscription {
  /** The order's subject token: the feed routes by it without decoding subjects. */
  readonly routeKey: string;
  active = true;
  /** The highest seq sent to the client. */
  lastSeq = 0;
  private catchUp: CatchUp | null = null;

  constructor(
    readonly sink: EventSink,
    readonly orderId: string,
  ) {
    this.routeKey = encodeToken(orderId);
  }

  startCatchUp(lastSeq: number, limit: number): void {
    this.lastSeq = lastSeq;
    this.catchUp = new CatchUp(limit);
  }

  /** The hot path: a live event of the order. */
  offer(event: OutboundEvent): number {
    if (this.catchUp !== null) {
      this.catchUp.hold(event, this.lastSeq);
      return 0;
    }
    return this.send(event);
  }

  /** A replayed event, or a held one being flushed. */
  send(event: OutboundEvent): number {
    if (!this.active || event.seq <= this.lastSeq) {
      return 0;
    }
    this.lastSeq = event.seq;
    return this.sink.deliver(event);
  }

  /** Ends the catch-up: goes live after flushing what was held, or says from where to replay again. */
  settle(): Settlement {
    const settlement = this.catchUp === null ? { kind: 'live' as const, flush: [] } : this.catchUp.settle(this.lastSeq);
    if (settlement.kind === 'live') {
      this.catchUp = null;
      settlement.flush.forEach((event) => this.send(event));
    }
    return settlement;
  }
}
