import { Logger } from '@nestjs/common';
import { KvWatchEntry } from '@nats-io/kv';
import { QueuedIterator, Subscription } from '@nats-io/nats-core';
import { decodeToken } from '@statushub/contract';
import { ConnectionMetrics } from '../metrics/connection.metrics';
import { WatchRecord } from '../model/watch-record';
import { WatchStore } from '../store/watch.store';
import { ConnectionRunner } from './connection.runner';
import { WEBHOOK_MIN_INTERVAL_MS } from './runner-settings';
import { WebhookRouter } from './webhook.router';

const MAX_REMEMBERED_WEBHOOKS = 10_000;

/**
 * One connection this instance owns: the runner, the KV watch that feeds it every watch of the
 * connection (the current ones on takeover, then each change within milliseconds), and the inbox
 * of webhook re-reads routed to the owner.
 */
export class Ownership {
  private readonly logger = new Logger(Ownership.name);
  private readonly prefixLength: number;
  /** Webhooks about payments the runner does not schedule (finished or unknown), for the 1/s limit. */
  private readonly recentWebhooks = new Map<string, number>();
  private feed?: QueuedIterator<KvWatchEntry>;
  private inbox?: Subscription;
  private stopped = false;

  constructor(
    readonly runner: ConnectionRunner,
    private readonly watches: WatchStore,
    private readonly router: WebhookRouter,
    private readonly metrics: ConnectionMetrics,
  ) {
    this.prefixLength = runner.connection.name.length + 1;
  }

  get name(): string {
    return this.runner.connection.name;
  }

  async start(): Promise<void> {
    this.inbox = this.router.listen(this.name, (paymentId) => this.onWebhook(paymentId));
    this.feed = await this.watches.follow(this.name);
    void this.follow(this.feed);
  }

  /** Stops scheduling at once, then waits (bounded) for the polls in flight. */
  async stop(graceMs: number): Promise<void> {
    this.stopped = true;
    this.runner.halt();
    this.inbox?.unsubscribe();
    this.feed?.stop();
    await this.runner.drain(graceMs);
  }

  private async follow(feed: QueuedIterator<KvWatchEntry>): Promise<void> {
    try {
      for await (const entry of feed) {
        this.apply(entry);
      }
    } catch (error) {
      this.logger.error({ err: error, code: 'WATCH_FEED_FAILED', connection: this.name }, 'watch feed failed');
    }
    if (!this.stopped) {
      // Without its feed the runner would miss new watches: stop, so the lease is handed back and taken afresh.
      this.logger.warn({ code: 'WATCH_FEED_ENDED', connection: this.name }, 'watch feed ended: handing back');
      this.runner.halt();
    }
  }

  private apply(entry: KvWatchEntry): void {
    try {
      if (entry.operation === 'PUT') {
        this.runner.upsert(entry.json<WatchRecord>(), entry.revision, !entry.isUpdate);
      } else {
        this.runner.remove(decodeToken(entry.key.slice(this.prefixLength)));
      }
    } catch (error) {
      this.logger.error({ err: error, code: 'WATCH_RECORD_UNREADABLE', key: entry.key }, 'skipping a watch record');
    }
  }

  /** CONTRACT §3: at most one re-read per payment per second; a finished watch gets one re-read. */
  private onWebhook(paymentId: string): void {
    const now = Date.now();
    const entry = this.runner.entries.get(paymentId);
    const last = entry?.lastWebhookAt ?? this.recentWebhooks.get(paymentId) ?? -Infinity;
    if (now - last < WEBHOOK_MIN_INTERVAL_MS) {
      this.metrics.webhook('throttled');
      return;
    }
    if (entry) {
      this.metrics.webhook('queued');
      this.runner.hurry(entry, now);
      return;
    }
    this.remember(paymentId, now);
    void this.rereadFinished(paymentId, now);
  }

  private async rereadFinished(paymentId: string, now: number): Promise<void> {
    try {
      const stored = await this.watches.get(this.name, paymentId);
      if (stored === null || stored.record.state === 'active') {
        this.metrics.webhook('unknown');
        return;
      }
      this.metrics.webhook('queued');
      this.runner.rereadOnce(stored.record, stored.revision, now);
    } catch (error) {
      this.logger.error({ err: error, code: 'WEBHOOK_LOOKUP_FAILED', connection: this.name }, 'webhook lookup failed');
    }
  }

  private remember(paymentId: string, now: number): void {
    if (this.recentWebhooks.size >= MAX_REMEMBERED_WEBHOOKS) {
      for (const [id, at] of this.recentWebhooks) {
        if (now - at >= WEBHOOK_MIN_INTERVAL_MS) {
          this.recentWebhooks.delete(id);
        }
      }
    }
    this.recentWebhooks.set(paymentId, now);
  }
}
