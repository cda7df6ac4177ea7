import { Body, Controller, HttpCode, Param, Post, Query } from '@nestjs/common';
import { HubError } from '@statushub/contract';
import { AdapterRegistry, webhookPaymentId } from '@statushub/providers';
import { createHash, timingSafeEqual } from 'node:crypto';
import { WebhookRouter } from '../polling/webhook.router';

/**
 * A provider's webhook (CONTRACT §3): no API key (providers cannot send one), the connection's
 * token when it has one. The body only names the payment; its status is re-read from the
 * provider's API by the connection's owner. 202 whether or not the payment is watched, so the
 * answer reveals nothing about which payments exist.
 */
@Controller('v1/webhooks')
export class WebhooksController {
  constructor(
    private readonly adapters: AdapterRegistry,
    private readonly router: WebhookRouter,
  ) {}

  @Post(':provider')
  @HttpCode(202)
  receive(@Param('provider') provider: string, @Query('token') token: unknown, @Body() body: unknown): void {
    const connection = this.adapters.require(provider).connection;
    if (connection.webhookToken !== undefined && !sameSecret(token, connection.webhookToken)) {
      throw new HubError('UNAUTHORIZED', 'a valid ?token= is required for this connection');
    }
    const paymentId = webhookPaymentId(connection.kind, body);
    if (paymentId === null) {
      throw HubError.invalid({ paymentId: ['the body names no payment'] });
    }
    this.router.forward(provider, paymentId);
  }
}

function sameSecret(given: unknown, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return typeof given === 'string' && timingSafeEqual(digest(given), digest(expected));
}
