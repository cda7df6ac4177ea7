import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule } from '@statushub/platform';
import { GatewayEnv, StreamingModule } from '@statushub/streaming';

@Module({})
export class GatewayAppModule {
  static forRoot(env: GatewayEnv): DynamicModule {
    return {
      module: GatewayAppModule,
      imports: [PlatformModule.forRoot({ env, natsConnectionName: 'statushub-gateway' }), StreamingModule],
    };
  }
}
