import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule } from '@statushub/platform';
import { SandboxEnv, SandboxModule } from '@statushub/sandbox';

@Module({})
export class SandboxAppModule {
  static forRoot(env: SandboxEnv): DynamicModule {
    return {
      module: SandboxAppModule,
      imports: [
        PlatformModule.forRoot({ env }),
        SandboxModule.forRoot({ tokenTtlSeconds: env.SANDBOX_TOKEN_TTL_SECONDS }),
      ],
    };
  }
}
