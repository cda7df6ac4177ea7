import { Inject, Injectable } from '@nestjs/common';
import { Subscription } from '@nats-io/nats-core';
import { NATS_NAMES } from '@statushub/config';
import { NatsNames } from '@statushub/contract';
import { NatsService } from '@statushub/nats';

/**
 * Carries a webhook's payment id from whichever instance received the HTTP call to the one that
 * owns the connection, over a core NATS subject under the internal root. Nobody listening (no
 * owner at that moment) loses the trigger, not the change: the regular poll still reads it.
 */
@Injectable()
export class WebhookRouter {
  constructor(
    private readonly nats: NatsService,
    @Inject(NATS_NAMES) private readonly names: NatsNames,
  ) {}

  forward(provider: string, paymentId: string): void {
    this.nats.nc.publish(this.subject(provider), paymentId);
  }

  listen(provider: string, onPaymentId: (paymentId: string) => void): Subscription {
    return this.nats.nc.subscribe(this.subject(provider), { callback: (_error, msg) => onPaymentId(msg.string()) });
  }

  private subject(provider: string): string {
    return `${this.names.internalRoot}.webhook.${provider}`;
  }
}
