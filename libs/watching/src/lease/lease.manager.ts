import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AdapterRegistry, ProviderAdapter } from '@statushub/providers';
import { randomUUID } from 'node:crypto';
import { PollerMetrics } from '../metrics/poller.metrics';
import { PollerEnv } from '../poller.env';
import { Ownership } from '../polling/ownership';
import { OwnershipFactory } from '../polling/ownership.factory';
import { BudgetStore } from '../store/budget.store';
import { WatchBuckets } from '../store/watch-buckets';
import { planLeases } from './fair-share';
import { LeaseLostError, LeaseStore } from './lease.store';

interface Held {
  revision: number;
  refreshedAt: number;
  ownership: Ownership;
}

/**
 * Owns connections through leases: every tick it heartbeats, refreshes what it holds (every third
 * of the lease's life), hands back connections whose runner stopped, and takes free connections up
 * to its fair share of the live instances (or hands one back above it).
 */
@Injectable()
export class LeaseManager implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(LeaseManager.name);
  readonly instanceId = randomUUID();
  private readonly held = new Map<string, Held>();
  private timer: NodeJS.Timeout | undefined;
  private ticking: Promise<void> = Promise.resolve();
  private stopping = false;
  private readonly ttl: number;
  /** A runner stops this long before its lease can expire on the server, so two owners never overlap. */
  private readonly margin: number;

  constructor(
    private readonly env: PollerEnv,
    private readonly buckets: WatchBuckets,
    private readonly leases: LeaseStore,
    private readonly budgets: BudgetStore,
    private readonly adapters: AdapterRegistry,
    private readonly factory: OwnershipFactory,
    private readonly metrics: PollerMetrics,
  ) {
    this.ttl = env.POLLER_LEASE_TTL_MS;
    this.margin = Math.ceil(this.ttl / 6);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.buckets.open();
    this.ticking = this.tick();
    await this.ticking;
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.timer);
    await this.ticking;
    await Promise.all([...this.held.keys()].map((name) => this.handBack(name)));
    await this.leases.forget(this.instanceId).catch((error: unknown) => this.fail('INSTANCE_FORGET_FAILED', error));
    this.logger.log({ instanceId: this.instanceId }, 'leases handed back');
  }

  ownership(name: string): Ownership | undefined {
    return this.held.get(name)?.ownership;
  }

  private async tick(): Promise<void> {
    try {
      await this.leases.heartbeat(this.instanceId);
      await Promise.all([...this.held.keys()].map((name) => this.refresh(name)));
      const halted = [...this.held].filter(([, held]) => held.ownership.runner.isHalted);
      await Promise.all(halted.map(([name]) => this.handBack(name)));
      await this.rebalance(await this.leases.liveInstances());
    } catch (error) {
      this.fail('LEASE_TICK_FAILED', error);
    }
    this.report();
    if (!this.stopping) {
      this.timer = setTimeout(() => {
        this.ticking = this.tick();
      }, this.env.POLLER_LEASE_RETRY_MS);
    }
  }

  private async rebalance(instances: number): Promise<void> {
    const all = this.adapters.all();
    const plan = planLeases(this.held.size, all.length, instances);
    switch (plan.action) {
      case 'release':
        await this.handBack([...this.held.keys()][this.held.size - 1]);
        return;
      case 'acquire':
        for (const adapter of shuffle(all.filter((a) => !this.held.has(a.connection.name)))) {
          if (planLeases(this.held.size, all.length, instances).action !== 'acquire' || this.stopping) {
            return;
          }
          await this.acquire(adapter);
        }
        return;
      case 'hold':
        return;
    }
  }

  private async acquire(adapter: ProviderAdapter): Promise<void> {
    const name = adapter.connection.name;
    const acquiredAt = Date.now();
    const revision = await this.leases.acquire(name, this.instanceId);
    if (revision === null) {
      return;
    }
    try {
      const previous = await this.budgets.read(name);
      const ownership = await this.factory.take(adapter.connection, adapter, previous, this.validUntil(acquiredAt));
      this.held.set(name, { revision, refreshedAt: acquiredAt, ownership });
      this.logger.log({ connection: name, instanceId: this.instanceId }, 'connection taken');
    } catch (error) {
      await this.leases.release(name, revision);
      throw error;
    }
  }

  /**
   * Renews the lease, then reports the budget (the next owner's worst case), then lets the runner
   * go on: a crash or failure in between leaves the runner stopping at the deadline it reported last.
   */
  private async refresh(name: string): Promise<void> {
    const held = this.held.get(name)!;
    const sentAt = Date.now();
    if (sentAt - held.refreshedAt < this.ttl / 3 || held.ownership.runner.isHalted) {
      return;
    }
    const runner = held.ownership.runner;
    try {
      held.revision = await this.leases.refresh(name, this.instanceId, held.revision);
      held.refreshedAt = sentAt;
      await this.budgets.write(name, runner.gate.report(Date.now(), this.validUntil(sentAt)));
      runner.extend(this.validUntil(sentAt));
    } catch (error) {
      if (!(error instanceof LeaseLostError)) {
        this.fail('LEASE_REFRESH_FAILED', error);
        return;
      }
      this.fail(error.code, error);
      this.held.delete(name);
      await held.ownership.stop(0);
    }
  }

  /**
   * Stops the runner, and if the lease is still ours writes the final budget report (stopBy = now)
   * and deletes the lease so another instance takes the connection at once.
   */
  private async handBack(name: string): Promise<void> {
    const held = this.held.get(name)!;
    this.held.delete(name);
    await held.ownership.stop(this.env.POLLER_SHUTDOWN_GRACE_MS);
    try {
      const revision = await this.leases.refresh(name, this.instanceId, held.revision);
      const now = Date.now();
      await this.budgets.write(name, held.ownership.runner.gate.report(now, now));
      await this.leases.release(name, revision);
      this.logger.log({ connection: name }, 'connection handed back');
    } catch (error) {
      this.fail(error instanceof LeaseLostError ? error.code : 'LEASE_RELEASE_FAILED', error);
    }
  }

  private validUntil(sentAt: number): number {
    return sentAt + this.ttl - this.margin;
  }

  private report(): void {
    this.metrics.leasesHeld.set(this.held.size);
    for (const adapter of this.adapters.all()) {
      const name = adapter.connection.name;
      const held = this.held.get(name);
      const metrics = this.metrics.forConnection(name);
      metrics.leaseHeld.set(held ? 1 : 0);
      if (held) {
        metrics.detectionLag.set(held.ownership.runner.expectedLagMs / 1000);
      }
    }
  }

  private fail(code: string, error: unknown): void {
    this.logger.error({ err: error, code }, 'lease operation failed');
  }
}

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}
