import { Logger } from '@nestjs/common';
import { WsAdapter } from '@nestjs/platform-ws';
import { MessageMappingProperties } from '@nestjs/websockets';
import { Observable } from 'rxjs';
import { WebSocket, WebSocketServer } from 'ws';

const clientLogger = new Logger('StreamClient');

/** A client's protocol error (oversized or malformed frame) closes that socket only: not a server failure. */
function onClientError(error: Error): void {
  clientLogger.warn({ err: error.message }, 'client connection error');
}

/**
 * Nest's `ws` adapter, minus its per-connection message pipeline when a gateway declares no
 * `@SubscribeMessage` handlers: the stream gateway reads raw frames itself (one JSON parse, its
 * own errors and rate limit), so the stock pipeline would only parse every frame a second time
 * and keep a set of rxjs subscriptions alive for each of thousands of connections.
 */
export class StreamWsAdapter extends WsAdapter {
  override bindMessageHandlers(
    client: WebSocket,
    handlers: MessageMappingProperties[],
    transform: (data: unknown) => Observable<unknown>,
  ): void {
    if (handlers.length > 0) {
      super.bindMessageHandlers(client, handlers, transform);
    }
  }

  /** One shared listener per socket instead of a closure each, logged as the client's problem. */
  override bindErrorHandler(server: WebSocketServer): WebSocketServer {
    server.on('connection', (socket: WebSocket) => socket.on('error', onClientError));
    server.on('error', (error) => this.logger.error(error));
    return server;
  }
}
