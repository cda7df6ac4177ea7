import { DynamicModule, Module } from '@nestjs/common';
import { ProviderConnection } from '@statushub/config';
import { PlatformModule } from '@statushub/platform';
import { PollerEnv } from '@statushub/watching';

@Module({})
export class PollerAppModule {
  static forRoot(env: PollerEnv, _connections: ProviderConnection[]): DynamicModule {
    return {
      module: PollerAppModule,
      imports: [PlatformModule.forRoot({ env, natsConnectionName: 'statushub-poller' })],
    };
  }
}
