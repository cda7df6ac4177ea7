import { SimPayment } from './sim-payment';
import { SimState } from './sim-state';

const steps: SimState[] = [{ status: 'a' }, { status: 'b' }, { status: 'c' }];
const info = { kind: 'k', id: 'p', amount: '1.00', currency: 'USD', createdAt: 1000 };
const payment = (script: SimState[] = steps, auto = {}) => new SimPayment(info, script, auto, 8);

describe('SimPayment', () => {
  it('stays on its first step until advanced', () => {
    const p = payment();
    expect(p.current(1_000_000).status).toBe('a');
    p.advance(1, 0);
    expect(p.current(0).status).toBe('b');
    p.advance(5, 0);
    expect(p.current(0).status).toBe('c');
  });

  it('moves on by time, step by step, without timers', () => {
    const p = payment(steps, { afterMs: 100 });
    expect(p.current(1099).status).toBe('a');
    expect(p.current(1100).status).toBe('b');
    expect(p.current(1250).status).toBe('c');
    expect(p.current(9999).status).toBe('c');
  });

  it('moves on after a number of answers, a step overriding the payment', () => {
    const p = payment([{ status: 'a', afterCalls: 1 }, { status: 'b' }, { status: 'c' }], { afterCalls: 2 });
    p.answered(0);
    expect(p.current(0).status).toBe('b');
    p.answered(0);
    expect(p.current(0).status).toBe('b');
    p.answered(0);
    expect(p.current(0).status).toBe('c');
  });

  it('answers the previous state for a stale read', () => {
    const p = payment();
    expect(p.previous(0).status).toBe('a');
    p.advance(2, 0);
    expect(p.previous(0).status).toBe('b');
  });

  it('sets a state directly, ending the script there', () => {
    const p = payment();
    p.set({ status: 'x' }, 0);
    expect(p.current(0).status).toBe('x');
    expect(p.position(0)).toMatchObject({ step: 1, steps: 2 });
  });
});
