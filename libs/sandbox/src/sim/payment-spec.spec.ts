import { simKind } from '../kinds/sim-kinds.list';
import { buildPayment } from './payment-spec';

const cyberpay = simKind('cyberpay')!;
const statuses = (spec: Parameters<typeof buildPayment>[1]) =>
  buildPayment(cyberpay, spec, 0, 4)
    .position(0)
    .script.map((step) => step.status);

describe('buildPayment', () => {
  it('runs the kind’s lifecycle by default', () => {
    expect(statuses({ id: 'o' })).toEqual(['pending_payment', 'processing', 'bridging', 'settling', 'completed']);
  });

  it('starts at the given status, and ends in the given outcome', () => {
    expect(statuses({ id: 'o', status: 'bridging' })).toEqual(['bridging', 'settling', 'completed']);
    expect(statuses({ id: 'o', outcome: 'expired' })).toEqual([
      'pending_payment',
      'processing',
      'bridging',
      'settling',
      'expired',
    ]);
    expect(statuses({ id: 'o', status: 'on_hold' })).toEqual(['on_hold']);
  });

  it('takes a whole script instead', () => {
    expect(statuses({ id: 'o', steps: [{ status: 'a' }, { status: 'b' }] })).toEqual(['a', 'b']);
  });

  it('carries the amount and currency', () => {
    expect(buildPayment(cyberpay, { id: 'o', amount: '1.10', currency: 'EUR' }, 5, 4).info).toEqual({
      kind: 'cyberpay',
      id: 'o',
      amount: '1.10',
      currency: 'EUR',
      createdAt: 5,
    });
  });
});
