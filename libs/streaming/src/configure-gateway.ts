import { INestApplication } from '@nestjs/common';
import { StreamWsAdapter } from './ws/stream-ws.adapter';

/** What the gateway app needs beyond the platform's defaults: the WebSocket adapter on the HTTP server. */
export function configureGateway(app: INestApplication): void {
  app.useWebSocketAdapter(new StreamWsAdapter(app));
}
