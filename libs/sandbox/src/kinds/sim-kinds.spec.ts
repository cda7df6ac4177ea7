import { TokenStore } from '../sim/token.store';
import { SimKind, StatusCall } from './sim-kind';
import { SIM_KINDS, simKind } from './sim-kinds.list';

const info = { kind: 'k', id: 'p-1', amount: '100.050000', currency: 'USD', createdAt: 0 };
const tokens = new TokenStore(60);
const token = tokens.issue(0).token;
const basic = (user: string, password: string) => 'Basic ' + Buffer.from(`${user}:${password}`).toString('base64');

/** A call with the kind's demo credentials, and one with a wrong one. */
const CALLS: Record<string, [StatusCall, StatusCall]> = {
  miraclecash: [
    { headers: { authorization: basic('sandbox-mc-client', 'sandbox-mc-key') }, params: { id: 'p-1' }, body: {} },
    { headers: { authorization: basic('sandbox-mc-client', 'x') }, params: { id: 'p-1' }, body: {} },
  ],
  'crypto-apikey': [
    { headers: { 'x-api-key': 'sandbox-crypto-key' }, params: {}, body: { transaction_id: 'p-1' } },
    { headers: { 'x-api-key': 'x' }, params: {}, body: { transaction_id: 'p-1' } },
  ],
  'card-3ds': [
    {
      headers: { 'x-api-key': 'sandbox-card-key', 'x-api-secret': 'sandbox-card-secret' },
      params: { id: 'p-1' },
      body: {},
    },
    { headers: { 'x-api-key': 'sandbox-card-key' }, params: { id: 'p-1' }, body: {} },
  ],
  cyberpay: [
    { headers: { authorization: 'Bearer sandbox-cyberpay-key' }, params: { id: 'p-1' }, body: {} },
    { headers: { authorization: 'Bearer x' }, params: { id: 'p-1' }, body: {} },
  ],
  'crypto-oauth': [
    { headers: { authorization: `Bearer ${token}` }, params: {}, body: { transaction_id: 'p-1' } },
    { headers: { authorization: 'Bearer x' }, params: {}, body: { transaction_id: 'p-1' } },
  ],
};

describe.each(SIM_KINDS.map((kind): [string, SimKind] => [kind.kind, kind]))('%s simulation', (name, kind) => {
  const [good, bad] = CALLS[name];
  const context = { credentials: kind.defaultCredentials, tokens, now: 1 };

  it('accepts its demo credentials only', () => {
    expect(kind.authorized(good, context)).toBe(true);
    expect(kind.authorized(bad, context)).toBe(false);
    expect(kind.authorized({ ...good, headers: {} }, context)).toBe(false);
  });

  it('finds the payment id where its document puts it', () => {
    expect(kind.paymentId(good)).toBe('p-1');
    expect(kind.paymentId({ headers: {}, params: {}, body: {} })).toBeNull();
  });

  it('renders the id, the status and the exact amount', () => {
    const body = kind.render(info, { status: 'weird' }, 0);
    expect(body).toContain('"p-1"');
    expect(body).toContain('"weird"');
    expect(name === 'miraclecash' || body.includes('100.050000')).toBe(true);
    expect(() => JSON.parse(body) as unknown).not.toThrow();
  });

  it('runs its lifecycle to its success status', () => {
    const steps = kind.lifecycle(info);
    expect(steps.length).toBeGreaterThan(1);
    expect(steps[steps.length - 1].status).toBe(kind.succeeded);
  });

  it.each([400, 401, 403, 404, 429, 500, 503])('answers %i in its document shape', (status) => {
    const reply = kind.error(status, 'p-1', 0);
    expect(reply.status).toBe(status);
    if (name === 'miraclecash' || name === 'card-3ds') {
      expect(reply.body).toBe('');
    } else {
      expect(JSON.parse(reply.body)).toMatchObject({
        error: { code: expect.any(String), message: expect.any(String) },
      });
    }
  });
});

describe('document error bodies', () => {
  it('cyberpay answers ORDER_NOT_FOUND and ACCESS_DENIED in the envelope of document 003', () => {
    const cyberpay = simKind('cyberpay')!;
    expect(JSON.parse(cyberpay.error(404, 'o-1', 0).body)).toEqual({
      success: false,
      error: { code: 'ORDER_NOT_FOUND', message: 'Order not found', details: { orderId: 'o-1' } },
      timestamp: '1970-01-01T00:00:00.000Z',
    });
    expect(JSON.parse(cyberpay.error(403, 'o-1', 0).body).error.code).toBe('ACCESS_DENIED');
  });

  it('crypto-apikey writes amounts as JSON numbers, as document 001 does', () => {
    expect(simKind('crypto-apikey')!.render(info, { status: 'pending' }, 0)).toContain('"amount_usd":100.050000');
  });

  it('crypto-oauth answers 404 not_found and 400 invalid_request as document 004 does', () => {
    const oauth = simKind('crypto-oauth')!;
    expect(JSON.parse(oauth.error(404, 'p-1', 0).body).error).toMatchObject({ code: 'not_found' });
    expect(JSON.parse(oauth.error(400, null, 0).body).error).toMatchObject({ code: 'invalid_request' });
  });
});
