import { Injectable } from '@nestjs/common';
import { MetricsRegistry } from '@statushub/platform';
import { Counter, Gauge, Histogram } from 'prom-client';
import { ConnectionMetrics } from './connection.metrics';

type Registers = MetricsRegistry[];

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
    const r = [registry];
    const seconds = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
    this.polls = counter(r, 'polls_total', 'Status calls by outcome (a transition kind or an error kind)', 'outcome');
    this.pollSeconds = histogram(
      r,
      'poll_duration_seconds',
      'Time of one status call, to a normalized answer',
      seconds,
    );
    this.scheduleDelaySeconds = histogram(
      r,
      'schedule_delay_seconds',
      'How late polls start (rate waits included)',
      [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 30],
    );
    this.activeWatches = gauge(r, 'active_watches', 'Watches this instance schedules');
    this.events = new Counter({
      name: 'statushub_poller_events_published_total',
      help: 'Events published, by type',
      labelNames: ['type'],
      registers: r,
    });
    this.anomalies = counter(r, 'anomalies_total', 'Observations contradicting a terminal state');
    this.unknownStatuses = counter(
      r,
      'unknown_statuses_total',
      'Answers with a provider status the adapter does not know',
    );
    this.rateLimitWaits = counter(r, 'rate_limit_waits_total', 'Times a due poll waited for the rate budget');
    this.breakerState = gauge(r, 'breaker_state', 'Circuit breaker: 0 closed, 1 half-open, 2 open');
    this.detectionLag = gauge(r, 'expected_detection_lag_seconds', 'Mean expected time from a change to its poll');
    this.leaseHeld = gauge(r, 'lease_held', '1 while this instance owns the connection');
    this.leasesHeld = new Gauge({
      name: 'statushub_poller_leases_held',
      help: 'Leases this instance holds',
      registers: r,
    });
    this.webhooks = counter(r, 'webhooks_total', 'Webhook re-read requests an owner received, by result', 'result');
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

function counter(registers: Registers, name: string, help: string): Counter<'connection'>;
function counter<L extends string>(
  registers: Registers,
  name: string,
  help: string,
  label: L,
): Counter<'connection' | L>;
function counter(registers: Registers, name: string, help: string, label?: string): Counter<string> {
  const labelNames = label === undefined ? ['connection'] : ['connection', label];
  return new Counter({ name: `statushub_poller_${name}`, help, labelNames, registers });
}

function gauge(registers: Registers, name: string, help: string): Gauge<'connection'> {
  return new Gauge({ name: `statushub_poller_${name}`, help, labelNames: ['connection'], registers });
}

function histogram(registers: Registers, name: string, help: string, buckets: number[]): Histogram<'connection'> {
  return new Histogram({ name: `statushub_poller_${name}`, help, labelNames: ['connection'], buckets, registers });
}
