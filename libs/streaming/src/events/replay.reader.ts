import { Inject, Injectable } from '@nestjs/common';
import { NATS_NAMES } from '@statushub/config';
import { NatsNames, orderSubjectFilter } from '@statushub/contract';
import { NatsService } from '@statushub/nats';
import { Subscription } from '../core/subscription';
import { StreamingMetrics } from '../ops/streaming.metrics';
import { EventDecoder } from './event-decoder';

/**
 * Reads an order's events back from the stream for a resume, one JetStream direct get per event
 * (`next_by_subj` = `<root>.*.<orderToken>`, from a seq on; nats-server 2.9.10 accepts the
 * wildcard). No consumer is created, so thousands of clients resuming at once after a gateway
 * restart cost the server only lookups, not consumer creations and deletions (nats-server #4841).
 */
@Injectable()
export class ReplayReader {
  constructor(
    private readonly nats: NatsService,
    @Inject(NATS_NAMES) private readonly names: NatsNames,
    private readonly metrics: StreamingMetrics,
    private readonly decoder: EventDecoder,
  ) {}

  /**
   * Where a resume starts: `since` itself, unless it lies beyond the stream's last event (a client
   * of a stream that was since recreated), which would hold back every live event up to it.
   * The stream is asked only when `since` is past what this gateway has seen.
   */
  async resumePoint(since: number, seen: number): Promise<number> {
    if (since <= seen) {
      return since;
    }
    const info = await this.nats.jsm.streams.info(this.names.stream);
    return Math.min(since, info.state.last_seq);
  }

  /** Sends the order's events with seq > `after` to `subscription`, in order, until the stream has no more. */
  async sendAfter(subscription: Subscription, after: number): Promise<void> {
    const filter = orderSubjectFilter(this.names, subscription.orderId);
    let next = after + 1;
    while (subscription.active) {
      const stored = await this.nats.jsm.direct.getMessage(this.names.stream, { next_by_subj: filter, seq: next });
      if (stored === null) {
        return;
      }
      next = stored.seq + 1;
      this.metrics.eventsReplayed.inc();
      const event = this.decoder.decode(stored.data, stored.seq);
      if (event !== null) {
        subscription.send(event);
      }
    }
  }
}
