import { Inject, Injectable } from '@nestjs/common';
import { NATS_NAMES } from '@statushub/config';
import {
  AnomalyData,
  CloudEvent,
  NatsNames,
  PaymentStatusData,
  WatchEndedData,
  anomalyEvent,
  eventSubject,
  statusChangedEvent,
  watchEndedEvent,
} from '@statushub/contract';
import { NatsService } from '@statushub/nats';
import { PollerMetrics } from '../metrics/poller.metrics';

/**
 * Publishes events to JetStream with `Nats-Msg-Id` = the event id, so publishing the same event
 * again (after a crash, by the next owner) is dropped by the stream's duplicate window.
 */
@Injectable()
export class EventPublisher {
  constructor(
    private readonly nats: NatsService,
    @Inject(NATS_NAMES) private readonly names: NatsNames,
    private readonly metrics: PollerMetrics,
  ) {}

  changed(data: PaymentStatusData): Promise<void> {
    return this.publish(statusChangedEvent(data));
  }

  anomaly(data: AnomalyData, k: number): Promise<void> {
    return this.publish(anomalyEvent(data, k));
  }

  ended(data: WatchEndedData): Promise<void> {
    return this.publish(watchEndedEvent(data));
  }

  private async publish(event: CloudEvent): Promise<void> {
    const subject = eventSubject(this.names, event.data.provider, event.data.orderId);
    const ack = await this.nats.js.publish(subject, JSON.stringify(event), { msgID: event.id });
    if (!ack.duplicate) {
      this.metrics.events.labels({ type: event.type }).inc();
    }
  }
}
