import { Logger } from '@nestjs/common';
import { OnGatewayConnection, WebSocketGateway } from '@nestjs/websockets';
import { HubError } from '@statushub/contract';
import { RawData, WebSocket } from 'ws';
import { ConnectionRegistry } from '../core/connection-registry';
import { PONG_MESSAGE } from '../core/server-messages';
import { SubscriptionService } from '../core/subscription.service';
import { GatewayEnv } from '../gateway.env';
import { ClientFrame, parseClientFrame } from './client-frame.parser';
import { BucketLimits, takeToken } from './token-bucket';
import { FrameHandler, WsConnection } from './ws-connection';

const STREAM_PATH = '/v1/stream';
/** CONTRACT §4: larger frames are refused with close code 1009 (by `ws` itself). */
const MAX_FRAME_BYTES = 64 * 1024;
export const GOING_AWAY = { code: 1001, reason: 'server shutting down' } as const;

/** The WebSocket protocol of CONTRACT §4 on `GATEWAY_PORT`, path `/v1/stream`. */
@WebSocketGateway({ path: STREAM_PATH, perMessageDeflate: false, maxPayload: MAX_FRAME_BYTES })
export class StreamGateway implements OnGatewayConnection<WebSocket>, FrameHandler {
  private readonly logger = new Logger(StreamGateway.name);
  private readonly limits: BucketLimits;

  constructor(
    private readonly registry: ConnectionRegistry,
    private readonly subscriptions: SubscriptionService,
    env: GatewayEnv,
  ) {
    this.limits = { perSecond: env.GATEWAY_RATE_LIMIT_PER_SECOND, burst: env.GATEWAY_RATE_LIMIT_BURST };
  }

  handleConnection(socket: WebSocket): void {
    const connection = new WsConnection(socket, this.registry, this, this.limits.burst);
    if (!this.registry.accept(connection)) {
      socket.close(GOING_AWAY.code, GOING_AWAY.reason);
    }
  }

  handleFrame(connection: WsConnection, data: RawData): void {
    connection.alive = true;
    if (!takeToken(connection, this.limits, performance.now())) {
      this.subscriptions.refuse(
        connection,
        new HubError('RATE_LIMITED', `at most ${this.limits.perSecond} frames per second`),
      );
      return;
    }
    const parsed = parseClientFrame(textOf(data));
    if (parsed.ok) {
      this.apply(connection, parsed.frame);
    } else {
      this.subscriptions.refuse(connection, parsed.error, parsed.orderId);
    }
  }

  private apply(connection: WsConnection, frame: ClientFrame): void {
    const action = frame.action;
    switch (action) {
      case 'subscribe':
        this.subscriptions
          .subscribe(connection, frame.orderId, frame.credential, frame.since)
          .catch((error: unknown) => this.logger.error({ err: error }, 'subscribe failed'));
        return;
      case 'unsubscribe':
        this.subscriptions.unsubscribe(connection, frame.orderId);
        return;
      case 'ping':
        connection.sendMessage(PONG_MESSAGE);
        return;
    }
  }
}

function textOf(data: RawData): string {
  if (Array.isArray(data)) {
    return Buffer.concat(data).toString('utf8');
  }
  return Buffer.isBuffer(data) ? data.toString('utf8') : Buffer.from(data).toString('utf8');
}
