import { DynamicModule, INestApplication, Logger as NestLogger, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';

export interface StartOptions {
  port: number;
  host?: string;
  /** For what differs per app, e.g. the gateway's WebSocket adapter. */
  configure?: (app: INestApplication) => void;
  /** A shutdown that takes longer than this is cut short with exit code 1. */
  shutdownTimeoutMs?: number;
}

/** Creates, configures and starts an app that shuts down cleanly (exit 0) on SIGTERM and SIGINT. */
export async function startApp(
  module: DynamicModule | Type,
  { port, host = '0.0.0.0', configure, shutdownTimeoutMs = 20_000 }: StartOptions,
): Promise<INestApplication> {
  const app = await NestFactory.create(module, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  configure?.(app);
  const logger = new NestLogger('process');
  guardProcess(logger);
  await app.listen(port, host);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => void shutDown(app, signal, shutdownTimeoutMs, logger));
  }
  return app;
}

async function shutDown(app: INestApplication, signal: string, timeoutMs: number, logger: NestLogger): Promise<void> {
  logger.log({ signal }, 'shutting down');
  setTimeout(() => {
    logger.error({ timeoutMs }, 'shutdown took too long; exiting');
    process.exit(1);
  }, timeoutMs).unref();
  try {
    await app.close();
    process.exit(0);
  } catch (error) {
    logger.error({ err: error }, 'shutdown failed');
    process.exit(1);
  }
}

/** A stray rejection is a bug to log and fix, not a reason to drop every connection of the process. */
function guardProcess(logger: NestLogger): void {
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));
}
