import { BeforeApplicationShutdown, Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { Server } from 'node:http';
import { ConnectionRegistry } from '../core/connection-registry';
import { EventFeed } from '../events/event-feed.service';
import { GOING_AWAY } from '../ws/stream.gateway';

/**
 * SIGTERM: stop accepting, close every WebSocket with 1001 and end every SSE stream so clients
 * reconnect to another gateway (resuming with `since` / Last-Event-ID, so nothing is lost), then
 * stop the feed. The NATS connection drains after this, in the NATS module's own shutdown hook.
 */
@Injectable()
export class GracefulShutdown implements BeforeApplicationShutdown {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly registry: ConnectionRegistry,
    private readonly feed: EventFeed,
  ) {}

  async beforeApplicationShutdown(): Promise<void> {
    const server = this.adapterHost.httpAdapter?.getHttpServer() as Server | undefined;
    server?.close();
    await this.registry.closeAll(GOING_AWAY.code, GOING_AWAY.reason);
    await this.feed.stop();
  }
}
