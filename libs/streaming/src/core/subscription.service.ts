import { Injectable, Logger } from '@nestjs/common';
import { AuthService } from '@statushub/auth';
import { HubError } from '@statushub/contract';
import { PaymentStateStore } from '@statushub/state';
import { EventFeed } from '../events/event-feed.service';
import { ReplayReader } from '../events/replay.reader';
import { GatewayEnv } from '../gateway.env';
import { StreamingMetrics } from '../ops/streaming.metrics';
import { ClientConnection } from './client-connection';
import { OrderRouter } from './order-router';
import { errorMessage, subscribedMessage } from './server-messages';
import { Subscription } from './subscription';

/**
 * What WebSocket and SSE share: authorize, register with the router, send the snapshot, replay what
 * the client missed, go live — in that order, so nothing published meanwhile is lost or reordered.
 */
@Injectable()
export class SubscriptionService {
  private readonly logger = new Logger(SubscriptionService.name);

  constructor(
    private readonly auth: AuthService,
    private readonly store: PaymentStateStore,
    private readonly router: OrderRouter,
    private readonly feed: EventFeed,
    private readonly replay: ReplayReader,
    private readonly metrics: StreamingMetrics,
    private readonly env: GatewayEnv,
  ) {}

  /** Throws UNAUTHORIZED or FORBIDDEN unless `credential` may read the order. */
  async authorize(credential: string | undefined, orderId: string): Promise<void> {
    try {
      this.auth.assertMayRead(await this.auth.authenticate(credential), orderId);
    } catch (error) {
      if (error instanceof HubError) {
        this.metrics.refused(error.code);
      }
      throw error;
    }
  }

  /** A WebSocket `subscribe`: any failure is answered with an `error` message for that order. */
  async subscribe(connection: ClientConnection, orderId: string, credential: string | undefined, since?: number) {
    const subscription = this.reserve(connection, orderId);
    if (subscription !== null) {
      await this.run(subscription, connection, since, () => this.authorize(credential, orderId));
    }
  }

  /** An SSE stream, already authorized; resolves false if it could not start (the client was told why). */
  async follow(connection: ClientConnection, orderId: string, since?: number): Promise<boolean> {
    const subscription = this.reserve(connection, orderId);
    return subscription !== null && (await this.run(subscription, connection, since, () => Promise.resolve()));
  }

  unsubscribe(connection: ClientConnection, orderId: string): void {
    const subscription = connection.subscriptions.get(orderId);
    if (subscription) {
      this.end(connection, subscription);
    }
  }

  endAll(connection: ClientConnection): void {
    connection.subscriptions.forEach((subscription) => this.end(connection, subscription));
  }

  /**
   * Counts the subscription against the connection's limit at once, before the asynchronous
   * checks, so an `unsubscribe` right behind the `subscribe` finds and cancels it. Subscribing to an
   * order again replaces the earlier subscription (a client resuming with a new `since`).
   */
  private reserve(connection: ClientConnection, orderId: string): Subscription | null {
    const previous = connection.subscriptions.get(orderId);
    if (previous) {
      this.end(connection, previous);
    }
    if (connection.subscriptions.size >= this.env.GATEWAY_MAX_SUBSCRIPTIONS) {
      const limit = this.env.GATEWAY_MAX_SUBSCRIPTIONS;
      this.refuse(connection, new HubError('TOO_MANY_SUBSCRIPTIONS', `at most ${limit} per connection`), orderId);
      return null;
    }
    const subscription = new Subscription(connection, orderId);
    connection.subscriptions.set(orderId, subscription);
    this.metrics.subscriptions.inc();
    return subscription;
  }

  private async run(
    subscription: Subscription,
    connection: ClientConnection,
    since: number | undefined,
    authorize: () => Promise<void>,
  ): Promise<boolean> {
    try {
      await authorize();
      return subscription.active && (await this.start(subscription, connection, since));
    } catch (error) {
      this.end(connection, subscription);
      this.refuse(connection, toHubError(error, this.logger), subscription.orderId);
      return false;
    }
  }

  private async start(subscription: Subscription, connection: ClientConnection, since?: number): Promise<boolean> {
    const from = since === undefined ? this.feed.lastSeq : await this.replay.resumePoint(since, this.feed.lastSeq);
    if (!subscription.active) {
      return false;
    }
    subscription.startCatchUp(from, this.env.GATEWAY_CATCH_UP_BUFFER);
    this.router.add(subscription);
    const snapshot = await this.store.snapshot(subscription.orderId);
    if (!subscription.active) {
      return false;
    }
    connection.sendMessage(subscribedMessage(subscription.orderId, snapshot));
    let replayAfter = since === undefined ? undefined : from;
    while (subscription.active) {
      if (replayAfter !== undefined) {
        await this.replay.sendAfter(subscription, replayAfter);
      }
      const settlement = subscription.settle();
      if (settlement.kind === 'live') {
        return subscription.active;
      }
      replayAfter = settlement.after;
    }
    return false;
  }

  private end(connection: ClientConnection, subscription: Subscription): void {
    if (!subscription.active) {
      return;
    }
    subscription.active = false;
    this.router.remove(subscription);
    if (connection.subscriptions.get(subscription.orderId) === subscription) {
      connection.subscriptions.delete(subscription.orderId);
    }
    this.metrics.subscriptions.dec();
  }

  /** Answers a client's mistake with an `error` message; the connection and its other subscriptions stay. */
  refuse(connection: ClientConnection, error: HubError, orderId?: string): void {
    this.metrics.rejectedFrames.inc({ code: error.code });
    connection.sendMessage(errorMessage(error, orderId));
  }
}

function toHubError(error: unknown, logger: Logger): HubError {
  if (error instanceof HubError) {
    return error;
  }
  logger.error({ err: error }, 'subscription failed');
  return new HubError('INTERNAL', 'the subscription could not be started; retry');
}
