import { Injectable } from '@nestjs/common';
import { WatchBuckets } from '../store/watch-buckets';
import { isWrongRevision } from '@statushub/state';

/** Someone else holds the lease now (our revision is stale): stop scheduling that connection at once. */
export class LeaseLostError extends Error {
  readonly code = 'LEASE_LOST';
  constructor(provider: string) {
    super(`lease of connection ${provider} was lost`);
    this.name = 'LeaseLostError';
  }
}

/**
 * Leases (`lease.<connection>`) and the registry of live instances (`instance.<id>`) in the lease
 * bucket, whose max age makes an entry nobody refreshes disappear.
 */
@Injectable()
export class LeaseStore {
  constructor(private readonly buckets: WatchBuckets) {}

  /** Creates the lease if nobody holds it; its revision, or null when it is held. */
  async acquire(provider: string, instanceId: string): Promise<number | null> {
    try {
      return await this.buckets.leases.create(leaseKey(provider), leaseValue(instanceId));
    } catch (error) {
      if (isWrongRevision(error)) {
        return null;
      }
      throw error;
    }
  }

  async refresh(provider: string, instanceId: string, revision: number): Promise<number> {
    try {
      return await this.buckets.leases.update(leaseKey(provider), leaseValue(instanceId), revision);
    } catch (error) {
      if (isWrongRevision(error)) {
        throw new LeaseLostError(provider);
      }
      throw error;
    }
  }

  /** Deletes the lease if it is still ours, so another instance takes the connection at once. */
  async release(provider: string, revision: number): Promise<void> {
    try {
      await this.buckets.leases.delete(leaseKey(provider), { previousSeq: revision });
    } catch (error) {
      if (!isWrongRevision(error)) {
        throw error;
      }
    }
  }

  async heartbeat(instanceId: string): Promise<void> {
    await this.buckets.leases.put(instanceKey(instanceId), JSON.stringify({ at: Date.now() }));
  }

  async forget(instanceId: string): Promise<void> {
    await this.buckets.leases.delete(instanceKey(instanceId));
  }

  async liveInstances(): Promise<number> {
    let count = 0;
    for await (const _key of await this.buckets.leases.keys('instance.*')) {
      count++;
    }
    return count;
  }
}

function leaseKey(provider: string): string {
  return `lease.${provider}`;
}

function instanceKey(instanceId: string): string {
  return `instance.${instanceId}`;
}

function leaseValue(instanceId: string): string {
  return JSON.stringify({ owner: instanceId, at: Date.now() });
}
