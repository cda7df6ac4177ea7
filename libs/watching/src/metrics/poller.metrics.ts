import { Injectable } from '@nestjs/common';
import { MetricsRegistry } from '@statushub/platform';
import { Counter, Gauge, Histogram } from 'prom-client';
import { ConnectionMetrics } from './connection.metrics';

/** The poller's Prometheus metrics, on the app's registry; `forConnection` binds the label once. */
@Injectable()
export class PollerMetrics {
  readonly polls: Counter<'connection' | 'outcome'>;
  readonly pollSeconds: Histogram<'connection'>;
  readonly scheduleDelaySeconds: Histogram<'connection'>;
  readonly activeWatches: Gauge<'connection'>;
  readonly events: Counter<'type'>;
  readonly anomalies: Counter<'connection'>;
  readonly unknownStatuses: Counter<'connection'>;
  readonly rateLimitWaits: Counter<'connection'>;
  readonly breakerState: Gauge<'connection'>;
  readonly detectionLag: Gauge<'connection'>;
  readonly leaseHeld: Gauge<'connection'>;
  readonly leasesHeld: Gauge;
  readonly webhooks: Counter<'connection' | 'result'>;
  private readonly connections = new Map<string, ConnectionMetrics>();

  constructor(registry: MetricsRegistry) {
    const registers = [registry];
    const connection = ['connection'] as const;
    this.polls = new Counter({
      name: 'statushub_poller_polls_total',
      help: 'Status calls by connection and outcome (a transition kind or a provider error kind)',
      labelNames: ['connection', 'outcome'],
      registers,
    });
    this.pollSeconds = new Histogram({
      name: 'statushub_poller_poll_duration_seconds',
      help: 'Time of one status call, from request to normalized answer',
      labelNames: connection,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.scheduleDelaySeconds = new Histogram({
      name: 'statushub_poller_schedule_delay_seconds',
      help: 'How late a poll started after its planned time (rate waits included)',
      labelNames: connection,
      buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 30],
      registers,
    });
    this.activeWatches = gauge('statushub_poller_active_watches', 'Watches this instance schedules', registers);
    this.events = new Counter({
      name: 'statushub_poller_events_published_total',
      help: 'Events published to JetStream, by type',
      labelNames: ['type'],
      registers,
    });
    this.anomalies = counter(
      'statushub_poller_anomalies_total',
      'Observations contradicting a terminal state',
      registers,
    );
    this.unknownStatuses = counter(
      'statushub_poller_unknown_statuses_total',
      'Answers with a provider status the adapter does not know',
      registers,
    );
    this.rateLimitWaits = counter(
      'statushub_poller_rate_limit_waits_total',
      'Times a due poll waited for the rate budget',
      registers,
    );
    this.breakerState = gauge(
      'statushub_poller_breaker_state',
      'Circuit breaker: 0 closed, 1 half-open, 2 open',
      registers,
    );
    this.detectionLag = gauge(
      'statushub_poller_expected_detection_lag_seconds',
      'Mean expected time from a change to its poll, given the stretched schedule',
      registers,
    );
    this.leaseHeld = gauge('statushub_poller_lease_held', '1 while this instance owns the connection', registers);
    this.leasesHeld = new Gauge({
      name: 'statushub_poller_leases_held',
      help: 'Leases this instance holds',
      registers,
    });
    this.webhooks = new Counter({
      name: 'statushub_poller_webhooks_total',
      help: 'Webhook re-read requests an owner received, by result',
      labelNames: ['connection', 'result'],
      registers,
    });
  }

  forConnection(name: string): ConnectionMetrics {
    let bound = this.connections.get(name);
    if (!bound) {
      bound = new ConnectionMetrics(this, name);
      this.connections.set(name, bound);
    }
    return bound;
  }
}

function counter(name: string, help: string, registers: MetricsRegistry[]): Counter<'connection'> {
  return new Counter({ name, help, labelNames: ['connection'], registers });
}

function gauge(name: string, help: string, registers: MetricsRegistry[]): Gauge<'connection'> {
  return new Gauge({ name, help, labelNames: ['connection'], registers });
}
