import { Injectable } from '@nestjs/common';
import { PaymentStatusData, orderKey, paymentKey } from '@statushub/contract';
import { NatsService } from '@statushub/nats';
import { isLive, isWrongRevision } from './kv-entries';

export interface StoredState {
  data: PaymentStatusData;
  /** KV revision, for compare-and-set. */
  revision: number;
}

/** Thrown when another writer changed the payment's state first: re-read and decide again. */
export class StateConflictError extends Error {
  constructor(key: string) {
    super(`payment state ${key} changed concurrently`);
    this.name = 'StateConflictError';
  }
}

/**
 * Latest state of each payment (KV `payment_status`, CONTRACT §2) and each order's list of
 * payments (KV `payment_orders`), so a snapshot of an order is one index read plus one read per payment.
 */
@Injectable()
export class PaymentStateStore {
  constructor(private readonly nats: NatsService) {}

  async get(provider: string, paymentId: string): Promise<StoredState | null> {
    const entry = await this.nats.statusKv.get(paymentKey(provider, paymentId));
    return isLive(entry) ? { data: entry.json<PaymentStatusData>(), revision: entry.revision } : null;
  }

  /** Writes `data` if the stored revision is still `revision` (0: no state yet); returns the new revision. */
  async compareAndSet(data: PaymentStatusData, revision: number): Promise<number> {
    const key = paymentKey(data.provider, data.paymentId);
    const value = JSON.stringify(data);
    try {
      return revision === 0
        ? await this.nats.statusKv.create(key, value)
        : await this.nats.statusKv.update(key, value, revision);
    } catch (error) {
      if (isWrongRevision(error)) {
        throw new StateConflictError(key);
      }
      throw error;
    }
  }

  /** Records that `orderId` has this payment; idempotent, safe under concurrent writers. */
  async addToOrder(orderId: string, provider: string, paymentId: string): Promise<void> {
    const kv = this.nats.orderIndexKv;
    const key = orderKey(orderId);
    const member = paymentKey(provider, paymentId);
    for (;;) {
      const entry = await kv.get(key);
      const members = isLive(entry) ? entry.json<string[]>() : [];
      if (members.includes(member)) {
        return;
      }
      const value = JSON.stringify([...members, member]);
      try {
        await (isLive(entry) ? kv.update(key, value, entry.revision) : kv.create(key, value));
        return;
      } catch (error) {
        if (!isWrongRevision(error)) {
          throw error;
        }
      }
    }
  }

  /** The latest state of every payment of the order that has one (CONTRACT §4 snapshot). */
  async snapshot(orderId: string): Promise<PaymentStatusData[]> {
    const index = await this.nats.orderIndexKv.get(orderKey(orderId));
    if (!isLive(index)) {
      return [];
    }
    const entries = await Promise.all(index.json<string[]>().map((key) => this.nats.statusKv.get(key)));
    return entries.filter(isLive).map((entry) => entry.json<PaymentStatusData>());
  }
}
