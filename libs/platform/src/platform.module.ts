import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ConfigModule, HubEnv } from '@statushub/config';
import { NatsModule } from '@statushub/nats';
import { HealthController } from './health.controller';
import { HttpErrorFilter } from './http-error.filter';
import { loggingModule } from './logging';
import { MetricsController, MetricsRegistry } from './metrics';

export interface PlatformOptions {
  env: HubEnv & { LOG_LEVEL: string };
  /** Name of the app's NATS connection; omit for an app that does not use NATS (the sandbox). */
  natsConnectionName?: string;
}

/** What every app has: validated config, JSON logs, NATS, /healthz, /readyz, /metrics, the error shape. */
@Module({})
export class PlatformModule {
  static forRoot({ env, natsConnectionName }: PlatformOptions): DynamicModule {
    const nats = natsConnectionName === undefined ? [] : [NatsModule.forRoot(natsConnectionName)];
    return {
      module: PlatformModule,
      global: true,
      imports: [ConfigModule.forRoot(env), loggingModule(env.LOG_LEVEL), ...nats],
      controllers: [HealthController, MetricsController],
      providers: [MetricsRegistry, { provide: APP_FILTER, useClass: HttpErrorFilter }],
      exports: [MetricsRegistry],
    };
  }
}
