import { DynamicModule, Module } from '@nestjs/common';
import { BalanceUpdaterEnv, BalanceUpdaterModule } from '@statushub/consumers';
import { PlatformModule } from '@statushub/platform';

@Module({})
export class BalanceUpdaterAppModule {
  static forRoot(env: BalanceUpdaterEnv): DynamicModule {
    return {
      module: BalanceUpdaterAppModule,
      imports: [PlatformModule.forRoot({ env, natsConnectionName: 'statushub-balance-updater' }), BalanceUpdaterModule],
    };
  }
}
