import { Logger } from '@nestjs/common';
import { ProviderConnection } from '@statushub/config';
import { Observation, Via } from '@statushub/contract';
import { PollFailure, isOutage, toPollFailure } from '../model/poll-failure';
import { PollOutcome } from '../model/poll-outcome';
import { StatusSource } from '../model/status-source';
import { breakerLevel } from '../schedule/circuit-breaker';
import { retryAfterFailure } from '../schedule/retry-policy';
import type { RunnerDeps } from './connection.runner';
import { ConnectionGate } from './connection-gate';
import { WatchEntry } from './watch-entry';

/**
 * One poll of one watch: settle what an earlier owner left unpublished, call the provider, hand
 * the answer to the tracker, or turn the failure into a retry delay; counts the outcome.
 */
export class PollExecutor {
  private readonly logger = new Logger(PollExecutor.name);
  private readonly lastWarned = new Map<string, number>();
  /** Last level set on the gauge: set only on a change, to keep it off the path of a plain poll. */
  private breakerLevel = 0;

  constructor(
    private readonly connection: ProviderConnection,
    private readonly source: StatusSource,
    private readonly gate: ConnectionGate,
    private readonly deps: RunnerDeps,
  ) {}

  /** Never rejects; leaves the delay to the next poll in `entry.retryDelayMs` (null: the planned interval). */
  async run(entry: WatchEntry, via: Via): Promise<void> {
    entry.retryDelayMs = null;
    try {
      if (!entry.loaded) {
        await this.deps.tracker.load(entry);
      } else if (entry.unsettled) {
        await this.deps.tracker.settle(entry);
      }
      if (entry.record.state === 'active' || entry.oneShot) {
        this.count(await this.read(entry, via));
      }
    } catch (error) {
      entry.retryDelayMs = this.connection.pollIntervalMs;
      this.count('internal_error');
      this.logger.error({ err: error, code: 'POLL_FAILED', connection: this.connection.name }, 'poll failed');
    }
  }

  private async read(entry: WatchEntry, via: Via): Promise<PollOutcome> {
    const t0 = performance.now();
    let observation: Observation;
    try {
      observation = await this.source.fetchStatus(entry.paymentId);
    } catch (error) {
      this.deps.metrics.pollSeconds.observe((performance.now() - t0) / 1000);
      const failure = toPollFailure(error);
      entry.retryDelayMs = this.afterFailure(entry, failure, Date.now());
      return failure.kind;
    }
    this.deps.metrics.pollSeconds.observe((performance.now() - t0) / 1000);
    this.gate.answered();
    entry.previousDelayMs = 0;
    return this.deps.tracker.observe(entry, observation, via, Date.now());
  }

  /** `now` is when the failure arrived: a breaker's cool-down and a Retry-After count from there. */
  private afterFailure(entry: WatchEntry, failure: PollFailure, now: number): number {
    if (isOutage(failure.kind)) {
      this.gate.failed(now);
    } else {
      this.gate.answered();
    }
    const watch = { ageMs: now - entry.createdAtMs, previousDelayMs: entry.previousDelayMs };
    const retry = retryAfterFailure(
      failure,
      watch,
      this.connection.pollIntervalMs,
      this.deps.settings,
      this.deps.random,
    );
    if (retry.pauseConnectionMs > 0) {
      this.gate.pause(now + retry.pauseConnectionMs);
    }
    entry.previousDelayMs = retry.delayMs;
    this.warnOnce(failure.kind, retry.delayMs, now);
    return retry.delayMs;
  }

  /** Rejected credentials and lasting "not found" need a person: warn, once a minute per kind. */
  private warnOnce(kind: PollFailure['kind'], delayMs: number, now: number): void {
    const needsPerson = kind === 'auth_rejected' || kind === 'forbidden' || delayMs >= this.deps.settings.longBackoffMs;
    if (!needsPerson || now - (this.lastWarned.get(kind) ?? -Infinity) < 60_000) {
      return;
    }
    this.lastWarned.set(kind, now);
    this.logger.warn(
      { connection: this.connection.name, code: kind, retryInMs: delayMs },
      'provider refuses status calls',
    );
  }

  private count(outcome: PollOutcome): void {
    const metrics = this.deps.metrics;
    metrics.poll(outcome);
    if (outcome === 'anomaly') {
      metrics.anomalies.inc();
    } else if (outcome === 'unknown') {
      metrics.unknownStatuses.inc();
    }
    const level = breakerLevel(this.gate.breakerState);
    if (level !== this.breakerLevel) {
      this.breakerLevel = level;
      metrics.breakerState.set(level);
    }
  }
}
