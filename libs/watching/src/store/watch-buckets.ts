import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { StorageType } from '@nats-io/jetstream';
import { KV, Kvm } from '@nats-io/kv';
import { nanos } from '@nats-io/nats-core';
import { NATS_NAMES } from '@statushub/config';
import { NatsNames } from '@statushub/contract';
import { NatsService, ensureBucket } from '@statushub/nats';
import { PollerEnv } from '../poller.env';

/**
 * The poller's own buckets: registered watches (kept until deleted) and leases. nats 2.9 has no
 * per-key TTL, so the lease bucket's max age is the lease's life: a lease its owner stops
 * refreshing vanishes by itself. Opened at bootstrap, once the NATS connection is up.
 */
@Injectable()
export class WatchBuckets implements OnApplicationBootstrap {
  private opened?: { watches: KV; leases: KV };
  private opening?: Promise<void>;

  constructor(
    private readonly nats: NatsService,
    private readonly env: PollerEnv,
    @Inject(NATS_NAMES) private readonly names: NatsNames,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.open();
  }

  /** Idempotent and shared, so that whoever needs the buckets first opens them, once. */
  open(): Promise<void> {
    this.opening ??= this.create();
    return this.opening;
  }

  private async create(): Promise<void> {
    const kvm = new Kvm(this.nats.nc);
    const ttl = this.env.POLLER_LEASE_TTL_MS;
    const leases = await kvm.create(this.names.leaseBucket, { history: 1, storage: StorageType.File, ttl });
    await this.keepLeaseTtl(ttl);
    this.opened = { watches: await ensureBucket(kvm, this.names.watchBucket), leases };
  }

  get watches(): KV {
    return this.required().watches;
  }

  get leases(): KV {
    return this.required().leases;
  }

  /** An existing bucket keeps its config on create: bring its max age to the configured lease life. */
  private async keepLeaseTtl(ttl: number): Promise<void> {
    const stream = `KV_${this.names.leaseBucket}`;
    const info = await this.nats.jsm.streams.info(stream);
    if (info.config.max_age !== nanos(ttl)) {
      await this.nats.jsm.streams.update(stream, { ...info.config, max_age: nanos(ttl) });
    }
  }

  private required(): { watches: KV; leases: KV } {
    if (!this.opened) {
      throw new Error('watch buckets are not open yet');
    }
    return this.opened;
  }
}
