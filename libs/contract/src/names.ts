import { encodeToken } from './order-token';

/**
 * Every NATS name the hub uses. The contract's names are the defaults; a namespace (tests,
 * side-by-side installs) prefixes all of them so several hubs can share one server.
 */
export interface NatsNames {
  readonly stream: string;
  readonly statusBucket: string;
  readonly orderIndexBucket: string;
  readonly subjectRoot: string;
  readonly watchCreate: string;
  readonly watchDelete: string;
  /** The hub's own (non-contract) state: registered watches and poller leases. */
  readonly watchBucket: string;
  readonly leaseBucket: string;
  /** Prefix of the poller's internal subjects (webhook triggers and the like). */
  readonly internalRoot: string;
}

export function natsNames(namespace = ''): NatsNames {
  const dot = namespace ? `${namespace}.` : '';
  const underscore = namespace ? `${namespace}_` : '';
  return {
    stream: `${underscore}PAYMENT_STATUS`,
    statusBucket: `${underscore}payment_status`,
    orderIndexBucket: `${underscore}payment_orders`,
    subjectRoot: `${dot}payments.status`,
    watchCreate: `${dot}statushub.watch.create`,
    watchDelete: `${dot}statushub.watch.delete`,
    watchBucket: `${underscore}statushub_watches`,
    leaseBucket: `${underscore}statushub_leases`,
    internalRoot: `${dot}statushub.internal`,
  };
}

export function eventSubject(names: NatsNames, provider: string, orderId: string): string {
  return `${names.subjectRoot}.${provider}.${encodeToken(orderId)}`;
}

/** Every provider's events of one order. */
export function orderSubjectFilter(names: NatsNames, orderId: string): string {
  return `${names.subjectRoot}.*.${encodeToken(orderId)}`;
}

export function allEventsFilter(names: NatsNames): string {
  return `${names.subjectRoot}.>`;
}

/** KV key of a payment's latest state in the `payment_status` bucket. */
export function paymentKey(provider: string, paymentId: string): string {
  return `${provider}.${encodeToken(paymentId)}`;
}

/** KV key of an order's list of payments in the order index bucket. */
export function orderKey(orderId: string): string {
  return encodeToken(orderId);
}
