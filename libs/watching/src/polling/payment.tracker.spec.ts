import { Logger } from '@nestjs/common';
import { Observation, PaymentStatusData } from '@statushub/contract';
import { PaymentStateStore, StateConflictError } from '@statushub/state';
import { WatchRecord } from '../model/watch-record';
import { EventPublisher } from '../store/event.publisher';
import { WatchConflictError, WatchStore } from '../store/watch.store';
import { PaymentTracker } from './payment.tracker';
import { OBSERVATION, record } from './runner.fixture';
import { WatchEntry } from './watch-entry';

/** The KV state, the watch bucket and the stream, in memory, logging every write in order. */
class World {
  readonly log: string[] = [];
  state: { data: PaymentStatusData; revision: number } | null = null;
  watch: { record: WatchRecord; revision: number } = { record: record('pay'), revision: 1 };
  /** The next compare-and-set loses to this write of another observer. */
  raceWith: PaymentStatusData | null = null;
  failPublish = false;

  readonly states = {
    get: () => Promise.resolve(this.state),
    compareAndSet: (data: PaymentStatusData, revision: number) => {
      if (this.raceWith) {
        this.state = { data: this.raceWith, revision: (this.state?.revision ?? 0) + 1 };
        this.raceWith = null;
      }
      if ((this.state?.revision ?? 0) !== revision) {
        this.log.push(`cas-conflict v${data.version}`);
        return Promise.reject(new StateConflictError('pay'));
      }
      this.state = { data, revision: revision + 1 };
      this.log.push(`cas v${data.version}`);
      return Promise.resolve(revision + 1);
    },
  };

  readonly watches = {
    update: (next: WatchRecord, revision: number) => {
      if (revision !== this.watch.revision) {
        return Promise.reject(new WatchConflictError('pay'));
      }
      this.watch = { record: next, revision: revision + 1 };
      this.log.push(`record v${next.publishedVersion} a${next.publishedAnomalies}/${next.anomalies} ${next.state}`);
      return Promise.resolve(revision + 1);
    },
    get: () => Promise.resolve(this.watch),
  };

  readonly events = {
    changed: (data: PaymentStatusData) => this.publish(`publish v${data.version}`),
    anomaly: (_data: unknown, k: number) => this.publish(`publish anomaly ${k}`),
    ended: () => this.publish('publish ended'),
  };

  tracker(): PaymentTracker {
    return new PaymentTracker(
      this.states as unknown as PaymentStateStore,
      this.watches as unknown as WatchStore,
      this.events as unknown as EventPublisher,
    );
  }

  entry(): WatchEntry {
    return new WatchEntry(this.watch.record, this.watch.revision, Infinity, false);
  }

  private publish(what: string): Promise<void> {
    if (this.failPublish) {
      return Promise.reject(new Error('NATS away'));
    }
    this.log.push(what);
    return Promise.resolve();
  }
}

const seen = (status: Observation['status'], providerStatus: string): Observation => ({
  ...OBSERVATION,
  status,
  providerStatus,
});

describe('PaymentTracker', () => {
  let world: World;
  let tracker: PaymentTracker;

  beforeAll(() => Logger.overrideLogger(false));

  beforeEach(() => {
    world = new World();
    tracker = world.tracker();
  });

  it('publishes a change in order: compare-and-set, publish, record', async () => {
    const entry = world.entry();
    await tracker.load(entry);
    expect(await tracker.observe(entry, seen('pending', 'pending'), 'poll', 0)).toBe('changed');
    expect(world.log).toEqual(['cas v1', 'publish v1', 'record v1 a0/0 active']);
  });

  it('touches nothing when the answer did not change', async () => {
    const entry = world.entry();
    await tracker.load(entry);
    await tracker.observe(entry, seen('pending', 'pending'), 'poll', 0);
    world.log.length = 0;
    expect(await tracker.observe(entry, seen('pending', 'pending'), 'poll', 1)).toBe('unchanged');
    expect(await tracker.observe(entry, seen(null, 'mystery'), 'poll', 2)).toBe('unknown');
    expect(world.log).toEqual([]);
  });

  it('decides again after losing a race: the same change seen by a webhook is published once', async () => {
    const entry = world.entry();
    await tracker.load(entry);
    await tracker.observe(entry, seen('pending', 'pending'), 'poll', 0);
    world.log.length = 0;
    world.raceWith = { ...world.state!.data, version: 2, status: 'processing', providerStatus: 'processing' };
    expect(await tracker.observe(entry, seen('processing', 'processing'), 'poll', 1)).toBe('unchanged');
    expect(world.log).toEqual(['cas-conflict v2']);
    expect(entry.last?.version).toBe(2);
  });

  it('publishes again what a crash left unpublished, then polls on', async () => {
    world.state = {
      revision: 7,
      data: { ...world.entry().record, version: 3, status: 'processing' } as unknown as PaymentStatusData,
    };
    world.watch.record = { ...world.watch.record, publishedVersion: 2 };
    const entry = world.entry();
    await tracker.load(entry);
    expect(world.log).toEqual(['publish v3', 'record v3 a0/0 active']);
  });

  it('retries a publish that failed, before the next observation', async () => {
    const entry = world.entry();
    await tracker.load(entry);
    world.failPublish = true;
    await expect(tracker.observe(entry, seen('pending', 'pending'), 'poll', 0)).rejects.toThrow('NATS away');
    expect(entry.unsettled).toBe(true);
    world.failPublish = false;
    await tracker.settle(entry);
    expect(world.log).toEqual(['cas v1', 'publish v1', 'record v1 a0/0 active']);
  });

  it('marks the watch terminal, and a contradiction becomes one anomaly through the outbox', async () => {
    const entry = world.entry();
    await tracker.load(entry);
    await tracker.observe(entry, seen('succeeded', 'completed'), 'poll', 0);
    expect(entry.record.state).toBe('terminal');
    world.log.length = 0;
    expect(await tracker.observe(entry, seen('failed', 'failed'), 'webhook', 1)).toBe('anomaly');
    expect(await tracker.observe(entry, seen('failed', 'failed'), 'webhook', 2)).toBe('anomaly');
    expect(await tracker.observe(entry, seen('processing', 'confirming'), 'webhook', 3)).toBe('stale');
    expect(world.log).toEqual(['record v1 a0/1 terminal', 'publish anomaly 1', 'record v1 a1/1 terminal']);
  });

  it('ends a watch: the event, then the record', async () => {
    const entry = world.entry();
    await tracker.load(entry);
    await tracker.end(entry, 'max_duration', new Date(0));
    expect(world.log).toEqual(['publish ended', 'record v0 a0/0 ended']);
  });

  it('marks the entry removed when its watch was deleted meanwhile', async () => {
    const entry = world.entry();
    await tracker.load(entry);
    world.watch = { record: world.watch.record, revision: 99 };
    world.watches.get = () => Promise.resolve(null as never);
    await tracker.observe(entry, seen('pending', 'pending'), 'poll', 0);
    expect(entry.removed).toBe(true);
  });
});
