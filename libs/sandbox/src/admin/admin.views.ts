import { CallRing, maxInWindow, minGapMs } from '../sim/call-ring';
import { Fault } from '../sim/fault';
import { SimPayment } from '../sim/sim-payment';

export function paymentView(payment: SimPayment, now: number) {
  const { step, steps, script } = payment.position(now);
  return {
    kind: payment.info.kind,
    id: payment.info.id,
    status: payment.current(now).status,
    state: payment.current(now),
    step,
    steps,
    script,
    amount: payment.info.amount,
    currency: payment.info.currency,
    createdAt: new Date(payment.info.createdAt).toISOString(),
    calls: payment.calls.count,
    lastCallAt: payment.calls.last,
    faults: faultsView(payment.faults.list()),
  };
}

export function paymentSummary(payment: SimPayment, now: number) {
  return {
    kind: payment.info.kind,
    id: payment.info.id,
    status: payment.current(now).status,
    calls: payment.calls.count,
  };
}

/** `remaining` Infinity reads as "always" in JSON. */
export function faultsView(faults: Fault[]) {
  return faults.map((fault) => ({ ...fault, remaining: fault.remaining === Infinity ? 'always' : fault.remaining }));
}

/**
 * `count` is every call; the rest is over the kept ones: the last `limit` times (epoch ms, oldest
 * first), the smallest gap between two calls, and the most calls within any `windowMs`.
 */
export function callsView(calls: CallRing, windowMs: number, limit: number) {
  const times = calls.timestamps();
  return {
    count: calls.count,
    kept: times.length,
    timestamps: times.slice(Math.max(0, times.length - limit)),
    minGapMs: minGapMs(times),
    windowMs,
    maxInWindow: maxInWindow(times, windowMs),
  };
}
