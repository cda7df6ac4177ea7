import { Module } from '@nestjs/common';
import { StateModule } from '@statushub/state';
import { LeaseManager } from '../lease/lease.manager';
import { LeaseStore } from '../lease/lease.store';
import { StoreModule } from '../store/store.module';
import { OwnershipFactory } from './ownership.factory';
import { PaymentTracker } from './payment.tracker';
import { WebhookRouter } from './webhook.router';

/** Leases, and the scheduling of the connections this instance owns. Needs the `AdapterRegistry`. */
@Module({
  imports: [StoreModule, StateModule],
  providers: [PaymentTracker, WebhookRouter, OwnershipFactory, LeaseStore, LeaseManager],
  exports: [WebhookRouter, LeaseManager],
})
export class PollingModule {}
