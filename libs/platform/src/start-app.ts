import { DynamicModule, INestApplication, Logger as NestLogger, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';

export interface StartOptions {
  port: number;
  host?: string;
  /** For what differs per app, e.g. the gateway's WebSocket adapter. */
  configure?: (app: INestApplication) => void;
}

/** Creates, configures and starts an app that stops cleanly on SIGTERM and SIGINT. */
export async function startApp(module: DynamicModule | Type, { port, host = '0.0.0.0', configure }: StartOptions) {
  const app = await NestFactory.create(module, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  configure?.(app);
  guardProcess(new NestLogger('process'));
  await app.listen(port, host);
  return app;
}

/** A stray rejection is a bug to log and fix, not a reason to drop every connection of the process. */
function guardProcess(logger: NestLogger): void {
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));
}
