import { DynamicModule, Module } from '@nestjs/common';
import { ProviderConnection } from '@statushub/config';
import { PlatformModule } from '@statushub/platform';
import { PollerEnv, WatchingModule } from '@statushub/watching';

@Module({})
export class PollerAppModule {
  static forRoot(env: PollerEnv, connections: ProviderConnection[]): DynamicModule {
    return {
      module: PollerAppModule,
      imports: [
        PlatformModule.forRoot({ env, natsConnectionName: 'statushub-poller' }),
        WatchingModule.forRoot(connections),
      ],
    };
  }
}
