import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ConsumerMessages, ConsumerNotification, DeliverPolicy, JsMsg } from '@nats-io/jetstream';
import { NATS_NAMES } from '@statushub/config';
import { NatsNames, allEventsFilter } from '@statushub/contract';
import { NatsService } from '@statushub/nats';
import { OrderRouter } from '../core/order-router';
import { StreamingMetrics } from '../ops/streaming.metrics';
import { EventDecoder } from './event-decoder';

/**
 * The process's one view of the stream: a single ordered push consumer over `<root>.>` that starts
 * right after the stream's last event, so each event reaches the gateway once with its stream seq.
 * Per-client consumers would cost the server a consumer per connection (nats-server #4841); here an
 * event that no local client follows costs one map lookup.
 */
@Injectable()
export class EventFeed implements OnApplicationBootstrap {
  private readonly logger = new Logger(EventFeed.name);
  private messages?: ConsumerMessages;
  /** Seq of the last event dispatched: a subscription made now receives every later one live. */
  lastSeq = 0;

  constructor(
    private readonly nats: NatsService,
    @Inject(NATS_NAMES) private readonly names: NatsNames,
    private readonly router: OrderRouter,
    private readonly metrics: StreamingMetrics,
    private readonly decoder: EventDecoder,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const info = await this.nats.jsm.streams.info(this.names.stream);
    this.lastSeq = info.state.last_seq;
    const consumer = await this.nats.js.consumers.getPushConsumer(this.names.stream, {
      filter_subjects: allEventsFilter(this.names),
      deliver_policy: DeliverPolicy.StartSequence,
      opt_start_seq: this.lastSeq + 1,
    });
    this.messages = await consumer.consume({ callback: (message) => this.dispatch(message) });
    this.report(this.messages).catch((error: unknown) => this.logger.error({ err: error }, 'feed status failed'));
    this.logger.log({ stream: this.names.stream, fromSeq: this.lastSeq + 1 }, 'event feed started');
  }

  async stop(): Promise<void> {
    const messages = this.messages;
    this.messages = undefined;
    if (messages) {
      await messages.close();
    }
  }

  /** The consumer heals itself (it is recreated from the last seq); its troubles still belong in the logs. */
  private async report(messages: ConsumerMessages): Promise<void> {
    for await (const notification of messages.status()) {
      if (isTrouble(notification)) {
        this.logger.warn({ notification: notification.type, lastSeq: this.lastSeq }, 'event feed consumer');
      }
    }
  }

  private dispatch(message: JsMsg): void {
    const seq = message.seq;
    this.lastSeq = seq;
    this.metrics.eventsReceived.inc();
    const subject = message.subject;
    const subscribers = this.router.subscribers(subject.substring(subject.lastIndexOf('.') + 1));
    if (subscribers === undefined) {
      return;
    }
    // One failing client must not stop the feed that every other client depends on.
    try {
      const event = this.decoder.decode(message.data, seq);
      if (event !== null) {
        this.metrics.messagesSent.inc(OrderRouter.dispatch(subscribers, event));
        this.metrics.fanOutLatency.observe(secondsSince(message.info.timestampNanos));
      }
    } catch (error) {
      this.logger.error({ seq, err: error }, 'failed to dispatch an event');
    }
  }
}

function isTrouble(notification: ConsumerNotification): boolean {
  switch (notification.type) {
    case 'heartbeats_missed':
    case 'consumer_not_found':
    case 'stream_not_found':
    case 'consumer_deleted':
    case 'no_responders':
    case 'ordered_consumer_recreated':
    case 'exceeded_limits':
      return true;
    case 'debug':
    case 'discard':
    case 'reset':
    case 'next':
    case 'heartbeat':
    case 'flow_control':
    case 'consumer_pinned':
    case 'consumer_unpinned':
      return false;
  }
}

function secondsSince(timestampNanos: number): number {
  return Math.max(0, (performance.timeOrigin + performance.now()) / 1000 - timestampNanos / 1e9);
}
