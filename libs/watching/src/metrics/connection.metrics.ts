import { Counter, Gauge, Histogram } from 'prom-client';
import type { PollerMetrics } from './poller.metrics';
import { PollOutcome } from '../model/poll-outcome';

/**
 * One connection's metrics with the label already bound: the hot path (one poll) costs two
 * histogram observations and one counter increment, no label lookups.
 */
export class ConnectionMetrics {
  readonly pollSeconds: Histogram.Internal<'connection'>;
  readonly scheduleDelaySeconds: Histogram.Internal<'connection'>;
  readonly activeWatches: Gauge.Internal<'connection'>;
  readonly anomalies: Counter.Internal;
  readonly unknownStatuses: Counter.Internal;
  readonly rateLimitWaits: Counter.Internal;
  readonly breakerState: Gauge.Internal<'connection'>;
  readonly detectionLag: Gauge.Internal<'connection'>;
  readonly leaseHeld: Gauge.Internal<'connection'>;
  private readonly outcomes = new Map<PollOutcome, Counter.Internal>();

  constructor(
    private readonly metrics: PollerMetrics,
    private readonly connection: string,
  ) {
    const labels = { connection };
    this.pollSeconds = metrics.pollSeconds.labels(labels);
    this.scheduleDelaySeconds = metrics.scheduleDelaySeconds.labels(labels);
    this.activeWatches = metrics.activeWatches.labels(labels);
    this.anomalies = metrics.anomalies.labels(labels);
    this.unknownStatuses = metrics.unknownStatuses.labels(labels);
    this.rateLimitWaits = metrics.rateLimitWaits.labels(labels);
    this.breakerState = metrics.breakerState.labels(labels);
    this.detectionLag = metrics.detectionLag.labels(labels);
    this.leaseHeld = metrics.leaseHeld.labels(labels);
  }

  poll(outcome: PollOutcome): void {
    let child = this.outcomes.get(outcome);
    if (!child) {
      child = this.metrics.polls.labels({ connection: this.connection, outcome });
      this.outcomes.set(outcome, child);
    }
    child.inc();
  }

  webhook(result: 'queued' | 'throttled' | 'unknown'): void {
    this.metrics.webhooks.labels({ connection: this.connection, result }).inc();
  }
}
