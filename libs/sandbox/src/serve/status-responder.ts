import { Injectable } from '@nestjs/common';
import { SimKind, StatusCall } from '../kinds/sim-kind';
import { SimPayment } from '../sim/sim-payment';
import { Simulator } from '../sim/simulator.service';
import { Answer, reply } from './answer';
import { JSON_TYPE } from '../kinds/sim-kind.helpers';
import { faultAnswer } from './fault-answer';

/**
 * One provider status call: counted (per kind, and per payment), authenticated as the kind's
 * document says, then faulted (kind-wide faults first) or answered with the payment's state.
 */
@Injectable()
export class StatusResponder {
  constructor(private readonly sim: Simulator) {}

  answer(kind: SimKind, call: StatusCall, now: number = Date.now()): Answer {
    const paymentId = kind.paymentId(call);
    const kindState = this.sim.kind(kind.kind);
    const payment = paymentId === null ? undefined : this.sim.get(kind.kind, paymentId);
    kindState.calls.record(now);
    payment?.calls.record(now);
    const context = { credentials: this.sim.options.credentials[kind.kind], tokens: this.sim.tokens, now };
    if (!kind.authorized(call, context)) {
      return reply(kind.error(401, paymentId, now));
    }
    if (paymentId === null) {
      return reply(kind.error(400, null, now));
    }
    const fault = kindState.faults.take() ?? payment?.faults.take();
    const normal = () => (payment ? answerState(kind, payment, now) : reply(kind.error(404, paymentId, now)));
    return fault ? faultAnswer(fault, { kind, paymentId, payment: payment ?? null, now, normal }) : normal();
  }
}

function answerState(kind: SimKind, payment: SimPayment, now: number): Answer {
  const state = payment.current(now);
  const body = state.body ?? kind.render(payment.info, state, now);
  payment.answered(now);
  return reply({ status: 200, headers: JSON_TYPE, body });
}
