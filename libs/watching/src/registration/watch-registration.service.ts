import { Injectable } from '@nestjs/common';
import {
  HubError,
  PaymentStatusData,
  WatchRefDto,
  WatchRegistrationDto,
  validateInput,
  watchEndedData,
} from '@statushub/contract';
import { AdapterRegistry } from '@statushub/providers';
import { PaymentStateStore } from '@statushub/state';
import { WatchView, newWatchRecord, watchView } from '../model/watch-record';
import { EventPublisher } from '../store/event.publisher';
import { WatchStore } from '../store/watch.store';

export interface Registered {
  created: boolean;
  watch: WatchView;
}

/**
 * Registration use cases shared by HTTP and NATS request/reply: both validate the same DTOs and
 * fail with the same `HubError`s. A new watch only goes into the bucket; the connection's owner,
 * wherever it runs, sees it through its KV watch and polls it at once.
 */
@Injectable()
export class WatchRegistrationService {
  constructor(
    private readonly watches: WatchStore,
    private readonly states: PaymentStateStore,
    private readonly adapters: AdapterRegistry,
    private readonly events: EventPublisher,
  ) {}

  async register(input: unknown): Promise<Registered> {
    const dto = this.valid(WatchRegistrationDto, input);
    this.adapters.require(dto.provider);
    // Index first: once the first event can exist, the gateway's order snapshot must find the payment.
    await this.states.addToOrder(dto.orderId, dto.provider, dto.paymentId);
    const stored = await this.watches.create(newWatchRecord(dto, new Date()));
    return { created: stored.created, watch: watchView(stored.record) };
  }

  async find(input: unknown): Promise<WatchView & { latest: PaymentStatusData | null }> {
    const ref = this.valid(WatchRefDto, input);
    const stored = await this.watches.get(ref.provider, ref.paymentId);
    if (stored === null) {
      throw this.notFound(ref);
    }
    const latest = await this.states.get(ref.provider, ref.paymentId);
    return { ...watchView(stored.record), latest: latest?.data ?? null };
  }

  /** Stops the watch; one still polled gets its `payment.watch.ended` (reason `deleted`) first. */
  async remove(input: unknown): Promise<void> {
    const ref = this.valid(WatchRefDto, input);
    const stored = await this.watches.get(ref.provider, ref.paymentId);
    if (stored === null) {
      throw this.notFound(ref);
    }
    if (stored.record.state === 'active') {
      const latest = await this.states.get(ref.provider, ref.paymentId);
      await this.events.ended(watchEndedData(stored.record, latest?.data ?? null, 'deleted', new Date()));
    }
    await this.watches.remove(ref.provider, ref.paymentId);
  }

  private valid<T extends object>(cls: new () => T, input: unknown): T {
    const result = validateInput(cls, input);
    if (!result.ok) {
      throw HubError.invalid(result.errors);
    }
    return result.value;
  }

  private notFound(ref: WatchRefDto): HubError {
    this.adapters.require(ref.provider);
    return new HubError('NOT_FOUND', 'no such watch', { provider: ref.provider, paymentId: ref.paymentId });
  }
}
