import { Module } from '@nestjs/common';
import { AuthModule } from '@statushub/auth';
import { StateModule } from '@statushub/state';
import { PollingModule } from '../polling/polling.module';
import { StoreModule } from '../store/store.module';
import { WatchRegistrationService } from './watch-registration.service';
import { WatchRequestsListener } from './watch-requests.listener';
import { WatchesController } from './watches.controller';
import { WebhooksController } from './webhooks.controller';

/** Watch registration (HTTP and NATS request/reply) and webhooks. Needs the `AdapterRegistry`. */
@Module({
  imports: [StoreModule, StateModule, AuthModule, PollingModule],
  controllers: [WatchesController, WebhooksController],
  providers: [WatchRegistrationService, WatchRequestsListener],
})
export class RegistrationModule {}
