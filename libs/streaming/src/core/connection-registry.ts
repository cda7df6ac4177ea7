import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { GatewayEnv } from '../gateway.env';
import { StreamingMetrics } from '../ops/streaming.metrics';
import { ClientConnection, ConnectionOwner } from './client-connection';
import { SLOW_CONSUMER_CLOSE } from './slow-client.rule';
import { SubscriptionService } from './subscription.service';

/**
 * Every client connection of the process, WebSocket and SSE alike. One sweep interval serves all
 * heartbeats (no timer per connection); shutdown and slow-consumer drops close through here.
 */
@Injectable()
export class ConnectionRegistry implements ConnectionOwner, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ConnectionRegistry.name);
  private readonly connections = new Set<ClientConnection>();
  private sweeper?: NodeJS.Timeout;
  private draining = false;
  readonly maxBufferedBytes: number;

  constructor(
    private readonly subscriptions: SubscriptionService,
    private readonly metrics: StreamingMetrics,
    private readonly env: GatewayEnv,
  ) {
    this.maxBufferedBytes = env.GATEWAY_MAX_BUFFERED_BYTES;
  }

  onApplicationBootstrap(): void {
    this.sweeper = setInterval(() => this.sweep(), this.env.GATEWAY_HEARTBEAT_MS);
    this.sweeper.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.sweeper);
  }

  /** False while shutting down: the caller closes the connection with 1001 so the client goes elsewhere. */
  accept(connection: ClientConnection): boolean {
    if (this.draining) {
      return false;
    }
    this.connections.add(connection);
    this.metrics.connectionOpened(connection.transport);
    return true;
  }

  /** The connection is gone (closed by either side): it gets nothing more. */
  release(connection: ClientConnection): void {
    connection.open = false;
    this.subscriptions.endAll(connection);
    if (this.connections.delete(connection)) {
      this.metrics.connectionClosed(connection.transport);
    }
  }

  dropSlow(connection: ClientConnection): void {
    if (!connection.open) {
      return;
    }
    this.metrics.slowClientsDropped.inc({ transport: connection.transport });
    this.logger.warn({ transport: connection.transport }, 'dropped a slow consumer');
    this.release(connection);
    this.closeGracefully(connection, SLOW_CONSUMER_CLOSE.code, SLOW_CONSUMER_CLOSE.reason);
  }

  /** Shutdown: refuse newcomers, close everyone with `code`, destroy what has not closed after the grace period. */
  async closeAll(code: number, reason: string): Promise<void> {
    this.draining = true;
    const closing = [...this.connections];
    closing.forEach((connection) => connection.close(code, reason));
    const deadline = Date.now() + this.env.GATEWAY_CLOSE_GRACE_MS;
    while (this.connections.size > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    this.connections.forEach((connection) => connection.destroy());
    this.logger.log({ closed: closing.length, destroyed: this.connections.size }, 'client connections closed');
  }

  private closeGracefully(connection: ClientConnection, code: number, reason: string): void {
    connection.close(code, reason);
    setTimeout(() => connection.destroy(), this.env.GATEWAY_CLOSE_GRACE_MS).unref();
  }

  /** A connection that showed no sign of life since the previous sweep is dead: destroy it. */
  private sweep(): void {
    for (const connection of this.connections) {
      if (connection.alive) {
        connection.alive = false;
        connection.heartbeat();
      } else {
        this.release(connection);
        connection.destroy();
      }
    }
  }
}
