import { OutboundEvent } from '../events/outbound-event';

/** What a subscription does when its snapshot or replay has been sent. */
export type Settlement = { kind: 'live'; flush: OutboundEvent[] } | { kind: 'replay'; after: number };

/**
 * Live events that arrive while a subscription's snapshot or replay is being read: held, then sent
 * after it, minus what the replay already sent (seq ≤ last sent), so the client gets no gap and no
 * duplicate. Past `limit` held events it holds nothing more and asks for another replay instead:
 * every live event is already in the stream, so memory stays bounded however busy the order.
 */
export class CatchUp {
  private held: OutboundEvent[] = [];
  private overflowed = false;

  constructor(private readonly limit: number) {}

  hold(event: OutboundEvent, lastSent: number): void {
    if (this.overflowed || event.seq <= lastSent) {
      return;
    }
    if (this.held.length >= this.limit) {
      this.overflowed = true;
      this.held = [];
      return;
    }
    this.held.push(event);
  }

  settle(lastSent: number): Settlement {
    if (this.overflowed) {
      this.overflowed = false;
      return { kind: 'replay', after: lastSent };
    }
    const flush = this.held.filter((event) => event.seq > lastSent);
    this.held = [];
    return { kind: 'live', flush };
  }
}
