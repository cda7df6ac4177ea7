import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule } from '@statushub/platform';
import { SandboxEnv, SandboxModule, SandboxOptions } from '@statushub/sandbox';

@Module({})
export class SandboxAppModule {
  /** `options` lets in-process tests shorten timings; the process itself is configured by the environment. */
  static forRoot(env: SandboxEnv, options: SandboxOptions = {}): DynamicModule {
    return {
      module: SandboxAppModule,
      imports: [
        PlatformModule.forRoot({ env }),
        SandboxModule.forRoot({ tokenTtlSeconds: env.SANDBOX_TOKEN_TTL_SECONDS, ...options }),
      ],
    };
  }
}
