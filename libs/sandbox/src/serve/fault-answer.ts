import { Reply, SimKind } from '../kinds/sim-kind';
import { JSON_TYPE } from '../kinds/sim-kind.helpers';
import { Fault, FaultType } from '../sim/fault';
import { SimPayment } from '../sim/sim-payment';
import { SimState } from '../sim/sim-state';
import { Answer, reply } from './answer';

export interface FaultContext {
  kind: SimKind;
  paymentId: string;
  /** Null when a kind-wide fault meets an id the sandbox does not know. */
  payment: SimPayment | null;
  now: number;
  /** The normal answer, for faults that only delay it. */
  normal: () => Answer;
}

/** The answer a fault gives instead of the payment's current state. */
export function faultAnswer(fault: Fault, context: FaultContext): Answer {
  const { kind, paymentId, now } = context;
  switch (fault.type) {
    case 'rate_limit':
      return reply(withRetryAfter(kind.error(429, paymentId, now), fault.retryAfter));
    case 'server_error':
      return reply(kind.error(fault.httpStatus ?? 500, paymentId, now));
    case 'unauthorized':
      return reply(kind.error(401, paymentId, now));
    case 'forbidden':
      return reply(kind.error(403, paymentId, now));
    case 'not_found':
      return reply(kind.error(404, paymentId, now));
    case 'hang':
      return { type: 'hang' };
    case 'reset':
      return { type: 'reset' };
    case 'wrong_shape':
      return ok(JSON.stringify({ result: { state: 'unexpected' }, ok: true }));
    case 'delay':
    case 'malformed_json':
    case 'unknown_status':
    case 'contradiction':
    case 'stale_read':
      return context.payment
        ? paymentFault(fault.type, fault, context, context.payment)
        : reply(kind.error(404, paymentId, now));
  }
}

type PaymentFault = Extract<FaultType, 'delay' | 'malformed_json' | 'unknown_status' | 'contradiction' | 'stale_read'>;

function paymentFault(type: PaymentFault, fault: Fault, context: FaultContext, payment: SimPayment): Answer {
  const { kind, now } = context;
  const current = payment.current(now);
  const render = (state: SimState) => ok(kind.render(payment.info, state, now));
  switch (type) {
    case 'delay':
      return { type: 'delay', ms: fault.ms ?? 1000, then: context.normal() };
    case 'malformed_json': {
      const body = kind.render(payment.info, current, now);
      return ok(body.slice(0, Math.ceil(body.length / 2)));
    }
    case 'unknown_status':
      return render({ ...current, status: fault.providerStatus ?? 'mystery_status' });
    case 'contradiction':
      return render({ ...current, status: fault.providerStatus ?? contradicting(kind, current.status) });
    case 'stale_read':
      return render(payment.previous(now));
  }
}

/** The terminal status that contradicts `status`: failure after success, success otherwise. */
function contradicting(kind: SimKind, status: string): string {
  return status === kind.succeeded ? kind.failed : kind.succeeded;
}

function ok(body: string): Answer {
  return reply({ status: 200, headers: JSON_TYPE, body });
}

function withRetryAfter(error: Reply, retryAfter: Fault['retryAfter']): Reply {
  return retryAfter === null
    ? error
    : { ...error, headers: { ...error.headers, 'retry-after': String(retryAfter ?? 1) } };
}
