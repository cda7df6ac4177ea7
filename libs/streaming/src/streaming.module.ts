import { Module } from '@nestjs/common';
import { AuthModule } from '@statushub/auth';
import { StateModule } from '@statushub/state';
import { ConnectionRegistry } from './core/connection-registry';
import { OrderRouter } from './core/order-router';
import { SubscriptionService } from './core/subscription.service';
import { EventDecoder } from './events/event-decoder';
import { EventFeed } from './events/event-feed.service';
import { ReplayReader } from './events/replay.reader';
import { OrdersController } from './http/orders.controller';
import { StreamTokensController } from './http/stream-tokens.controller';
import { GracefulShutdown } from './ops/graceful-shutdown.service';
import { StreamingMetrics } from './ops/streaming.metrics';
import { StreamGateway } from './ws/stream.gateway';

/** The gateway's capability: events from the stream to WebSocket and SSE clients, per order. */
@Module({
  imports: [AuthModule, StateModule],
  controllers: [OrdersController, StreamTokensController],
  providers: [
    StreamingMetrics,
    EventDecoder,
    EventFeed,
    ReplayReader,
    OrderRouter,
    SubscriptionService,
    ConnectionRegistry,
    StreamGateway,
    GracefulShutdown,
  ],
})
export class StreamingModule {}
