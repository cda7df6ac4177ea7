import { DynamicModule, Global, Module } from '@nestjs/common';
import { natsNames, NatsNames } from '@statushub/contract';
import { HubEnv } from './hub.env';

export const NATS_NAMES = Symbol('NATS_NAMES');

/**
 * Makes the app's validated environment injectable, both as its own class and as `HubEnv`,
 * with the NATS names derived from it. The environment is loaded by main.ts before Nest starts.
 */
@Global()
@Module({})
export class ConfigModule {
  static forRoot<T extends HubEnv>(env: T): DynamicModule {
    const providers = [
      { provide: env.constructor, useValue: env },
      { provide: HubEnv, useValue: env },
      { provide: NATS_NAMES, useValue: natsNames(env.NATS_NAMESPACE ?? '') satisfies NatsNames },
    ];
    return { module: ConfigModule, providers, exports: providers };
  }
}
