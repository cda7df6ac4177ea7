import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@statushub/contract';
import { MetricsRegistry } from '@statushub/platform';
import { Counter, Gauge, Histogram } from 'prom-client';
import type { Transport } from '../core/client-connection';

/**
 * The gateway's metrics. Hot-path updates are O(1) per event, not per recipient: the feed counts
 * the frames written to all subscribers of an event and adds them in one `inc`.
 */
@Injectable()
export class StreamingMetrics {
  readonly connections: Gauge<'transport'>;
  readonly subscriptions: Gauge;
  readonly messagesSent: Counter;
  readonly eventsReceived: Counter;
  readonly eventsReplayed: Counter;
  readonly malformedEvents: Counter;
  readonly slowClientsDropped: Counter<'transport'>;
  readonly authFailures: Counter<'code'>;
  readonly rejectedFrames: Counter<'code'>;
  readonly fanOutLatency: Histogram;

  constructor(registry: MetricsRegistry) {
    const registers = [registry];
    const counter = <L extends string>(name: string, help: string, labelNames: L[] = []) =>
      new Counter<L>({ name, help, labelNames, registers });
    this.connections = new Gauge({
      name: 'statushub_gateway_connections',
      help: 'Open client connections',
      labelNames: ['transport'],
      registers,
    });
    this.subscriptions = new Gauge({
      name: 'statushub_gateway_subscriptions',
      help: 'Active subscriptions',
      registers,
    });
    this.messagesSent = counter('statushub_gateway_messages_sent_total', 'Event messages written to clients');
    this.eventsReceived = counter('statushub_gateway_events_received_total', 'Events received from the stream');
    this.eventsReplayed = counter('statushub_gateway_events_replayed_total', 'Events read back for a resume (since)');
    this.malformedEvents = counter('statushub_gateway_malformed_events_total', 'Stream messages skipped as malformed');
    this.slowClientsDropped = counter('statushub_gateway_slow_clients_dropped_total', 'Slow clients disconnected', [
      'transport',
    ]);
    this.authFailures = counter('statushub_gateway_auth_failures_total', 'Refused credentials', ['code']);
    this.rejectedFrames = counter('statushub_gateway_rejected_frames_total', 'Client frames answered with an error', [
      'code',
    ]);
    this.fanOutLatency = new Histogram({
      name: 'statushub_gateway_fanout_latency_seconds',
      help: 'From the event being stored in the stream to its frames being written to every local subscriber',
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    });
  }

  connectionOpened(transport: Transport): void {
    this.connections.inc({ transport });
  }

  connectionClosed(transport: Transport): void {
    this.connections.dec({ transport });
  }

  refused(code: ErrorCode): void {
    if (code === 'UNAUTHORIZED' || code === 'FORBIDDEN') {
      this.authFailures.inc({ code });
    }
  }
}
