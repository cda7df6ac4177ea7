import { Injectable } from '@nestjs/common';
import { KvWatchEntry } from '@nats-io/kv';
import { QueuedIterator } from '@nats-io/nats-core';
import { WatchRecord, watchKey } from '../model/watch-record';
import { isLive, isWrongRevision } from '@statushub/state';
import { WatchBuckets } from './watch-buckets';

export interface StoredWatch {
  record: WatchRecord;
  revision: number;
}

/** The watch was changed or deleted by someone else since `revision` was read. */
export class WatchConflictError extends Error {
  readonly code = 'WATCH_CONFLICT';
  constructor(key: string) {
    super(`watch ${key} changed concurrently`);
    this.name = 'WatchConflictError';
  }
}

/** Registered watches in the watch bucket, key `<provider>.<paymentToken>`. */
@Injectable()
export class WatchStore {
  constructor(private readonly buckets: WatchBuckets) {}

  /** Creates the watch, or returns the one already there (`created: false`). */
  async create(record: WatchRecord): Promise<StoredWatch & { created: boolean }> {
    for (;;) {
      try {
        const revision = await this.buckets.watches.create(watchKey(record), JSON.stringify(record));
        return { record, revision, created: true };
      } catch (error) {
        if (!isWrongRevision(error)) {
          throw error;
        }
      }
      const existing = await this.get(record.provider, record.paymentId);
      if (existing) {
        return { ...existing, created: false };
      }
    }
  }

  async get(provider: string, paymentId: string): Promise<StoredWatch | null> {
    const entry = await this.buckets.watches.get(watchKey({ provider, paymentId }));
    return isLive(entry) ? { record: entry.json<WatchRecord>(), revision: entry.revision } : null;
  }

  /** Writes `record` if the watch is still at `revision`; returns the new revision. */
  async update(record: WatchRecord, revision: number): Promise<number> {
    try {
      return await this.buckets.watches.update(watchKey(record), JSON.stringify(record), revision);
    } catch (error) {
      if (isWrongRevision(error)) {
        throw new WatchConflictError(watchKey(record));
      }
      throw error;
    }
  }

  async remove(provider: string, paymentId: string): Promise<void> {
    await this.buckets.watches.delete(watchKey({ provider, paymentId }));
  }

  /** Every watch of a connection now, then each change as it happens (`isUpdate` tells which). */
  follow(provider: string): Promise<QueuedIterator<KvWatchEntry>> {
    return this.buckets.watches.watch({ key: `${provider}.>` });
  }
}
