import { simKind } from '../kinds/sim-kinds.list';
import { Fault } from '../sim/fault';
import { buildPayment } from '../sim/payment-spec';
import { Answer, reply } from './answer';
import { faultAnswer } from './fault-answer';

const kind = simKind('crypto-oauth')!;
const normal = (): Answer => reply({ status: 200, headers: {}, body: 'normal' });
const body = (answer: Answer) => (answer.type === 'reply' ? answer.reply.body : answer.type);
const statusIn = (answer: Answer) => (JSON.parse(body(answer)) as { status: string }).status;

function answer(fault: Omit<Fault, 'remaining'>, withPayment = true, step = 0): Answer {
  const payment = buildPayment(kind, { id: 'p-1' }, 0, 4);
  payment.advance(step, 0);
  return faultAnswer(
    { ...fault, remaining: 1 },
    { kind, paymentId: 'p-1', payment: withPayment ? payment : null, now: 0, normal },
  );
}

describe('faultAnswer', () => {
  it.each([
    ['unauthorized', 401],
    ['forbidden', 403],
    ['not_found', 404],
    ['server_error', 500],
  ] as const)('%s answers %i in the kind’s error shape', (type, status) => {
    expect(answer({ type })).toMatchObject({ type: 'reply', reply: { status } });
  });

  it('sends Retry-After as given, 1 s by default, none when null', () => {
    const header = (retryAfter?: number | string | null) => {
      const limited = answer({ type: 'rate_limit', retryAfter });
      return limited.type === 'reply' ? limited.reply.headers['retry-after'] : 'none';
    };
    expect([header(), header(30), header('Wed, 21 Oct 2026 07:28:00 GMT'), header(null)]).toEqual([
      '1',
      '30',
      'Wed, 21 Oct 2026 07:28:00 GMT',
      undefined,
    ]);
  });

  it('answers JSON cut in half, and JSON of another shape', () => {
    expect(() => JSON.parse(body(answer({ type: 'malformed_json' }))) as unknown).toThrow(SyntaxError);
    expect(JSON.parse(body(answer({ type: 'wrong_shape' })))).not.toHaveProperty('status');
  });

  it('answers an unknown status, a contradicting terminal, and the earlier state', () => {
    expect(statusIn(answer({ type: 'unknown_status' }))).toBe('mystery_status');
    expect(statusIn(answer({ type: 'unknown_status', providerStatus: 'held' }))).toBe('held');
    expect(statusIn(answer({ type: 'contradiction' }, true, 9))).toBe('failed');
    expect(statusIn(answer({ type: 'contradiction' }, true, 0))).toBe('completed');
    expect(statusIn(answer({ type: 'stale_read' }, true, 2))).toBe('confirming');
  });

  it('holds, drops, or delays the normal answer', () => {
    expect(answer({ type: 'hang' })).toEqual({ type: 'hang' });
    expect(answer({ type: 'reset' })).toEqual({ type: 'reset' });
    expect(answer({ type: 'delay', ms: 5 })).toEqual({ type: 'delay', ms: 5, then: normal() });
  });

  it('answers 404 for a payment fault on an unknown payment', () => {
    expect(answer({ type: 'stale_read' }, false)).toMatchObject({ reply: { status: 404 } });
  });
});
