import { DynamicModule, Module } from '@nestjs/common';
import { ProviderConnection } from '@statushub/config';
import { ProvidersModule } from '@statushub/providers';
import { PollingModule } from './polling/polling.module';
import { RegistrationModule } from './registration/registration.module';

/** The poller: registration, leases, schedule, rate budget, change detection, publishing, webhooks. */
@Module({})
export class WatchingModule {
  /** Validates `connections` against the adapters at once (a bad one throws `ConfigError`). */
  static forRoot(connections: ProviderConnection[]): DynamicModule {
    const providers = { ...ProvidersModule.forRoot(connections), global: true };
    return { module: WatchingModule, imports: [providers, PollingModule, RegistrationModule] };
  }
}
