import { Injectable } from '@nestjs/common';
import { OutboundEvent } from '../events/outbound-event';
import { Subscription } from './subscription';

/** The orders that have subscribers in this process, keyed by order token: one map lookup per event. */
@Injectable()
export class OrderRouter {
  private readonly routes = new Map<string, Set<Subscription>>();

  add(subscription: Subscription): void {
    let subscribers = this.routes.get(subscription.routeKey);
    if (subscribers === undefined) {
      subscribers = new Set();
      this.routes.set(subscription.routeKey, subscribers);
    }
    subscribers.add(subscription);
  }

  remove(subscription: Subscription): void {
    const subscribers = this.routes.get(subscription.routeKey);
    if (subscribers?.delete(subscription) && subscribers.size === 0) {
      this.routes.delete(subscription.routeKey);
    }
  }

  subscribers(routeKey: string): ReadonlySet<Subscription> | undefined {
    return this.routes.get(routeKey);
  }

  /** Offers the event to every subscriber of its order; returns the frames written. */
  static dispatch(subscribers: ReadonlySet<Subscription>, event: OutboundEvent): number {
    let written = 0;
    for (const subscription of subscribers) {
      written += subscription.offer(event);
    }
    return written;
  }
}
