import { DynamicModule, Global, Module } from '@nestjs/common';
import { NATS_CONNECTION_NAME, NatsService } from './nats.service';

@Global()
@Module({})
export class NatsModule {
  /** `connectionName` shows in the server's connection list (`nats server report connections`). */
  static forRoot(connectionName: string): DynamicModule {
    return {
      module: NatsModule,
      providers: [{ provide: NATS_CONNECTION_NAME, useValue: connectionName }, NatsService],
      exports: [NatsService],
    };
  }
}
