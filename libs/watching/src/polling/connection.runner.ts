import { Logger } from '@nestjs/common';
import { ProviderConnection } from '@statushub/config';
import { Via } from '@statushub/contract';
import { ConnectionMetrics } from '../metrics/connection.metrics';
import { StatusSource } from '../model/status-source';
import { WatchRecord } from '../model/watch-record';
import { ConnectionGate } from './connection-gate';
import { PaymentTracker } from './payment.tracker';
import { PollExecutor } from './poll.executor';
import { PollSlots } from './poll-slots';
import { RunnerSettings, watchDeadline } from './runner-settings';
import { WatchEntry } from './watch-entry';
import { WatchSchedule } from './watch-schedule';

export interface RunnerDeps {
  tracker: PaymentTracker;
  slots: PollSlots;
  metrics: ConnectionMetrics;
  settings: RunnerSettings;
  random: () => number;
}

/**
 * Schedules one owned connection's watches in memory: one heap, one timer, polls started while
 * the gate (pause, breaker, budget) and the concurrency caps allow. An unchanged answer costs the
 * HTTP call, a comparison with the state in memory, and a heap update.
 */
export class ConnectionRunner {
  private readonly logger = new Logger(ConnectionRunner.name);
  readonly entries = new Map<string, WatchEntry>();
  private readonly schedule: WatchSchedule;
  private inFlight = 0;
  private timer: NodeJS.Timeout | undefined;
  private timerAt = Infinity;
  private validUntil = Infinity;
  /** Start of the last regular (not webhook) poll, for pacing when the budget is short. */
  private lastPacedAt = -Infinity;
  /**
   * While the schedule is stretched, regular polls go out at least this far apart (the limit's own
   * rate): evenly, instead of in a burst each time the window frees, and with the plan's headroom
   * left to drain the queue.
   */
  private readonly paceMs: number;
  /** A due poll is held by the rate window: counted once per wait, not once per wake-up. */
  private waitingForBudget = false;
  private halted = false;
  private idle: (() => void) | undefined;
  private readonly wake = () => this.pump();
  private readonly executor: PollExecutor;

  constructor(
    readonly connection: ProviderConnection,
    source: StatusSource,
    readonly gate: ConnectionGate,
    private readonly deps: RunnerDeps,
    /** After a takeover: the previous owner may have polled until its stopBy, so not before stopBy + interval. */
    private readonly notBefore: number,
  ) {
    const limit = connection.rateLimitPerMinute;
    const plannedPerMinute = limit === undefined ? null : (limit * deps.settings.planPercent) / 100;
    this.paceMs = limit === undefined ? 0 : 60_000 / limit;
    this.schedule = new WatchSchedule({
      intervalMs: connection.pollIntervalMs,
      plannedPerMinute,
      ages: deps.settings.ages,
    });
    this.executor = new PollExecutor(connection, source, gate, deps);
  }

  get isHalted(): boolean {
    return this.halted;
  }

  /** The lease was refreshed: calls may start until `validUntil`. */
  extend(validUntil: number): void {
    this.validUntil = validUntil;
  }

  /** A watch record appeared or changed in the bucket; `initial` while loading on takeover. */
  upsert(record: WatchRecord, revision: number, initial: boolean): void {
    const existing = this.entries.get(record.paymentId);
    // A removed entry still finishing its poll is replaced: the watch was deleted and registered again.
    if (existing && !existing.removed) {
      if (revision > existing.recordRevision) {
        existing.record = record;
        existing.recordRevision = revision;
        if (!existing.oneShot) {
          this.dropIfDone(existing);
        }
      }
      return;
    }
    if (record.state !== 'active' || this.halted) {
      return;
    }
    const now = Date.now();
    const deadline = watchDeadline(record, this.connection, this.deps.settings.expiryGraceMs);
    const entry = new WatchEntry(record, revision, deadline, false);
    this.entries.set(record.paymentId, entry);
    this.schedule.track(entry, now);
    const interval = this.connection.pollIntervalMs;
    const start = Math.max(now, this.notBefore);
    this.schedule.at(entry, initial ? start + this.deps.random() * interval : start);
    this.deps.metrics.activeWatches.set(this.entries.size);
    this.pumpSoon();
  }

  /** The watch was deleted. */
  remove(paymentId: string): void {
    const entry = this.entries.get(paymentId);
    if (entry) {
      entry.removed = true;
      this.dropIfDone(entry);
    }
  }

  /** Reads the payment now, ahead of the schedule (a webhook). */
  hurry(entry: WatchEntry, now: number): void {
    entry.lastWebhookAt = now;
    if (entry.busy) {
      entry.rereadAfter = true;
      return;
    }
    this.schedule.hurry(entry, now);
    this.pump();
  }

  /** Adds a one-poll entry for a finished watch (a webhook after its terminal state). */
  rereadOnce(record: WatchRecord, revision: number, now: number): void {
    if (this.halted || this.entries.has(record.paymentId)) {
      return;
    }
    const entry = new WatchEntry(record, revision, Infinity, true);
    this.entries.set(record.paymentId, entry);
    this.hurry(entry, now);
  }

  /** Stops scheduling at once (the lease is lost or handed back); polls in flight finish. */
  halt(): void {
    this.halted = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.deps.metrics.activeWatches.set(0);
  }

  /** Resolves when no poll is in flight, or after `timeoutMs`. */
  async drain(timeoutMs: number): Promise<void> {
    if (this.inFlight === 0) {
      return;
    }
    let timeout: NodeJS.Timeout | undefined;
    await Promise.race([
      new Promise<void>((resolve) => (this.idle = resolve)),
      new Promise<void>((resolve) => (timeout = setTimeout(resolve, timeoutMs))),
    ]);
    clearTimeout(timeout);
  }

  get expectedLagMs(): number {
    return this.schedule.plan.expectedLagMs;
  }

  private pumpSoon(): void {
    this.arm(Date.now());
  }

  private pump(): void {
    if (this.halted) {
      return;
    }
    const now = Date.now();
    if (now >= this.validUntil) {
      this.logger.warn({ connection: this.connection.name, code: 'LEASE_EXPIRED' }, 'lease not refreshed: stopping');
      this.halt();
      return;
    }
    for (let entry = this.schedule.due(now); entry !== undefined; entry = this.schedule.due(now)) {
      // Every watch gets its first poll, even one registered past its deadline.
      if (!entry.oneShot && entry.polled && now >= entry.deadlineMs) {
        this.schedule.take(entry);
        void this.end(entry, now);
        continue;
      }
      // Webhook re-reads and first polls are not paced (only the window limits them): they matter most.
      const paced = !entry.urgent && entry.polled;
      if (!this.mayStart(now, paced)) {
        return;
      }
      const via = entry.urgent ? 'webhook' : 'poll';
      if (paced) {
        this.lastPacedAt = now;
      }
      this.schedule.take(entry);
      this.gate.take(now);
      this.start(entry, now, via);
    }
    this.arm(this.schedule.nextDueAt());
  }

  private mayStart(now: number, paced: boolean): boolean {
    const pacedAt = this.lastPacedAt + this.paceMs;
    if (paced && this.schedule.plan.stretched && now < pacedAt) {
      this.arm(pacedAt);
      return false;
    }
    const blocked = this.gate.blocked(now);
    if (blocked !== null) {
      if (blocked === 'budget' && !this.waitingForBudget) {
        this.waitingForBudget = true;
        this.deps.metrics.rateLimitWaits.inc();
      }
      this.arm(this.gate.openAt(now));
      return false;
    }
    this.waitingForBudget = false;
    return this.inFlight < this.deps.settings.maxInFlight && this.deps.slots.tryTake(this.wake);
  }

  private arm(at: number): void {
    if (at === Infinity || (this.timer !== undefined && this.timerAt <= at) || this.halted) {
      return;
    }
    clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.timerAt = Infinity;
      this.pump();
    }, at - Date.now());
  }

  private start(entry: WatchEntry, now: number, via: Via): void {
    entry.busy = true;
    entry.polled = true;
    this.inFlight++;
    this.deps.metrics.scheduleDelaySeconds.observe((now - entry.dueAt) / 1000);
    void this.executor.run(entry, via).then(() => this.finish(entry));
  }

  private finish(entry: WatchEntry): void {
    entry.busy = false;
    this.inFlight--;
    this.deps.slots.release();
    if (!this.dropIfDone(entry) && !this.halted) {
      // From the end of this poll, not its start: however long the provider took to answer (or
      // queued the request), two calls of one payment never arrive closer than the interval.
      this.schedule.after(entry, Date.now(), entry.retryDelayMs);
      if (entry.rereadAfter) {
        entry.rereadAfter = false;
        this.schedule.hurry(entry, Date.now());
      }
    }
    if (this.inFlight === 0 && this.idle) {
      this.idle();
      this.idle = undefined;
    }
    this.pump();
  }

  private async end(entry: WatchEntry, now: number): Promise<void> {
    entry.busy = true;
    try {
      await this.deps.tracker.end(entry, 'max_duration', new Date(now));
    } catch (error) {
      this.logger.error({ err: error, code: 'END_FAILED', connection: this.connection.name }, 'ending a watch failed');
    }
    entry.busy = false;
    if (!this.dropIfDone(entry) && !this.halted) {
      this.schedule.after(entry, now, this.deps.settings.backoffMaxMs);
    }
  }

  /** Drops an entry that is deleted, finished, or read once; true when dropped. */
  private dropIfDone(entry: WatchEntry): boolean {
    const done = entry.removed || entry.oneShot || entry.record.state !== 'active';
    if (!done || entry.busy) {
      return done;
    }
    entry.removed = true;
    if (this.entries.get(entry.paymentId) === entry) {
      this.entries.delete(entry.paymentId);
    }
    if (entry.oneShot) {
      entry.urgent = false;
    } else {
      this.schedule.untrack(entry);
    }
    this.deps.metrics.activeWatches.set(this.entries.size);
    return true;
  }
}
