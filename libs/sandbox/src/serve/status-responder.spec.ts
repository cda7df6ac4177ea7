import { simKind } from '../kinds/sim-kinds.list';
import { resolveSandboxOptions } from '../sandbox.options';
import { Simulator } from '../sim/simulator.service';
import { Answer } from './answer';
import { StatusResponder } from './status-responder';

const cyberpay = simKind('cyberpay')!;
const call = (id: string, bearer = 'sandbox-cyberpay-key') => ({
  headers: { authorization: `Bearer ${bearer}` },
  params: { id },
  body: {},
});
const status = (answer: Answer) => (answer.type === 'reply' ? answer.reply.status : answer.type);
const data = (answer: Answer) =>
  answer.type === 'reply' ? (JSON.parse(answer.reply.body) as { data: { status: string } }).data : null;

describe('StatusResponder', () => {
  let sim: Simulator;
  let responder: StatusResponder;

  beforeEach(() => {
    sim = new Simulator(resolveSandboxOptions({ paymentCallMemory: 4 }));
    responder = new StatusResponder(sim);
    sim.create(cyberpay, { id: 'o-1' }, 0);
  });

  it('answers the current state and counts the call for the payment and the kind', () => {
    expect(data(responder.answer(cyberpay, call('o-1'), 10))).toMatchObject({
      orderId: 'o-1',
      status: 'pending_payment',
    });
    expect(sim.get('cyberpay', 'o-1')!.calls.timestamps()).toEqual([10]);
    expect(sim.kind('cyberpay').calls.count).toBe(1);
  });

  it('refuses wrong credentials and unknown payments, counting them for the kind', () => {
    expect(status(responder.answer(cyberpay, call('o-1', 'wrong'), 0))).toBe(401);
    expect(status(responder.answer(cyberpay, call('o-2'), 0))).toBe(404);
    expect(sim.kind('cyberpay').calls.count).toBe(2);
  });

  it('applies a kind-wide fault before the payment’s own', () => {
    sim.kind('cyberpay').faults.add({ type: 'rate_limit', remaining: 1, retryAfter: 3 });
    sim.get('cyberpay', 'o-1')!.faults.add({ type: 'hang', remaining: 1 });
    const limited = responder.answer(cyberpay, call('o-1'), 0);
    expect(limited).toMatchObject({ type: 'reply', reply: { status: 429, headers: { 'retry-after': '3' } } });
    expect(status(responder.answer(cyberpay, call('o-1'), 0))).toBe('hang');
    expect(status(responder.answer(cyberpay, call('o-1'), 0))).toBe(200);
  });

  it('does not move a payment on for faulted answers', () => {
    sim.create(cyberpay, { id: 'o-3', autoAdvanceCalls: 1 }, 0);
    sim.get('cyberpay', 'o-3')!.faults.add({ type: 'server_error', remaining: 2 });
    responder.answer(cyberpay, call('o-3'), 0);
    responder.answer(cyberpay, call('o-3'), 0);
    expect(data(responder.answer(cyberpay, call('o-3'), 0))?.status).toBe('pending_payment');
    expect(data(responder.answer(cyberpay, call('o-3'), 0))?.status).toBe('processing');
  });
});
