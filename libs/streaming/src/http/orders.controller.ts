import { Controller, Get, Param, Req, Res, ServiceUnavailableException } from '@nestjs/common';
import { bearerCredential } from '@statushub/auth';
import { PaymentStatusData } from '@statushub/contract';
import { PaymentStateStore } from '@statushub/state';
import { Request, Response } from 'express';
import { ConnectionRegistry } from '../core/connection-registry';
import { SubscriptionService } from '../core/subscription.service';
import { SseConnection } from './sse-connection';
import { checkedOrderId, lastEventId } from './order-params';

const SSE_HEADERS = {
  'Content-Type': 'text/event-stream; charset=utf-8',
  'Cache-Control': 'no-cache, no-transform',
  Connection: 'keep-alive',
  // Proxies such as nginx would otherwise hold events back in their buffers.
  'X-Accel-Buffering': 'no',
};

/** CONTRACT §4 HTTP: an order's snapshot, and its events as Server-Sent Events. */
@Controller('v1/orders')
export class OrdersController {
  constructor(
    private readonly subscriptions: SubscriptionService,
    private readonly registry: ConnectionRegistry,
    private readonly store: PaymentStateStore,
  ) {}

  @Get(':orderId')
  async snapshot(
    @Param('orderId') param: string,
    @Req() req: Request,
  ): Promise<{ orderId: string; payments: PaymentStatusData[] }> {
    const orderId = checkedOrderId(param);
    await this.subscriptions.authorize(bearerCredential(req), orderId);
    return { orderId, payments: await this.store.snapshot(orderId) };
  }

  /** Token by header or `?token=` (EventSource cannot set headers); `Last-Event-ID` resumes like `since`. */
  @Get(':orderId/events')
  async events(@Param('orderId') param: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const orderId = checkedOrderId(param);
    const since = lastEventId(req.headers['last-event-id']);
    await this.subscriptions.authorize(bearerCredential(req), orderId);
    const connection = new SseConnection(res, this.registry);
    if (!this.registry.accept(connection)) {
      throw new ServiceUnavailableException('the gateway is shutting down; connect to another one');
    }
    res.writeHead(200, SSE_HEADERS);
    res.flushHeaders();
    res.on('close', () => this.registry.release(connection));
    if (!(await this.subscriptions.follow(connection, orderId, since))) {
      this.registry.release(connection);
      connection.close();
    }
  }
}
