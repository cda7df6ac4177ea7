import { Module } from '@nestjs/common';
import { PollerMetrics } from '../metrics/poller.metrics';
import { BudgetStore } from './budget.store';
import { EventPublisher } from './event.publisher';
import { WatchBuckets } from './watch-buckets';
import { WatchStore } from './watch.store';

/** The poller's NATS storage: watch and lease buckets, budget reports, the event stream; and its metrics. */
@Module({
  providers: [WatchBuckets, WatchStore, BudgetStore, EventPublisher, PollerMetrics],
  exports: [WatchBuckets, WatchStore, BudgetStore, EventPublisher, PollerMetrics],
})
export class StoreModule {}
