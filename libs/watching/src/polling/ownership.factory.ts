import { Injectable } from '@nestjs/common';
import { ProviderConnection } from '@statushub/config';
import { BudgetReport } from '../budget/budget-report';
import { PollerMetrics } from '../metrics/poller.metrics';
import { StatusSource } from '../model/status-source';
import { PollerEnv } from '../poller.env';
import { WatchStore } from '../store/watch.store';
import { ConnectionGate } from './connection-gate';
import { ConnectionRunner } from './connection.runner';
import { Ownership } from './ownership';
import { PaymentTracker } from './payment.tracker';
import { PollSlots } from './poll-slots';
import { RunnerSettings, runnerSettings } from './runner-settings';
import { WebhookRouter } from './webhook.router';

/** Builds what owning a connection takes, from the lease's moment and the previous owner's report. */
@Injectable()
export class OwnershipFactory {
  private readonly settings: RunnerSettings;
  private readonly slots: PollSlots;

  constructor(
    env: PollerEnv,
    private readonly tracker: PaymentTracker,
    private readonly watches: WatchStore,
    private readonly router: WebhookRouter,
    private readonly metrics: PollerMetrics,
  ) {
    this.settings = runnerSettings(env);
    this.slots = new PollSlots(env.POLLER_MAX_IN_FLIGHT);
  }

  /**
   * The previous owner may have polled any watch until its `stopBy`, so the first polls wait one
   * interval past it (no payment is polled twice within an interval across a takeover).
   */
  async take(
    connection: ProviderConnection,
    source: StatusSource,
    previous: BudgetReport | null,
    validUntil: number,
  ): Promise<Ownership> {
    const gate = new ConnectionGate(
      connection.rateLimitPerMinute,
      this.settings.rateSafetyMs,
      this.settings.breaker,
      previous,
    );
    const metrics = this.metrics.forConnection(connection.name);
    const deps = { tracker: this.tracker, slots: this.slots, metrics, settings: this.settings, random: Math.random };
    const notBefore = previous === null ? 0 : previous.stopBy + connection.pollIntervalMs;
    const runner = new ConnectionRunner(connection, source, gate, deps, notBefore);
    runner.extend(validUntil);
    const ownership = new Ownership(runner, this.watches, this.router, metrics);
    await ownership.start();
    return ownership;
  }
}
