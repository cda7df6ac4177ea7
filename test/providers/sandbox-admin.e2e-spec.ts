import { Sandbox, startSandbox } from './sandbox.harness';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.admin.post('/admin/reset'));

describe('sandbox admin API', () => {
  it('creates many payments at once and serves them', async () => {
    const created = await sandbox.admin.post('/admin/payments/bulk', {
      kind: 'cyberpay',
      count: 5000,
      status: 'bridging',
    });
    expect(created).toEqual({ kind: 'cyberpay', created: 5000, first: 'cyberpay-load-0', last: 'cyberpay-load-4999' });
    await expect(sandbox.adapter('cyberpay').fetchStatus('cyberpay-load-4321')).resolves.toMatchObject({
      providerStatus: 'bridging',
      progress: { percentage: 66 },
    });
    const ids = await sandbox.admin.post('/admin/payments/bulk', { kind: 'miraclecash', ids: ['a', 'b'] });
    expect(ids.created).toBe(2);
    expect((await sandbox.admin.get('/admin/payments?kind=miraclecash')).count).toBe(2);
  });

  it('counts the calls of each payment and kind, with their times', async () => {
    await sandbox.admin.post('/admin/payments/bulk', { kind: 'card-3ds', ids: ['p1', 'p2'] });
    const adapter = sandbox.adapter('card-3ds');
    const before = Date.now();
    await adapter.fetchStatus('p1');
    await new Promise((resolve) => setTimeout(resolve, 30));
    await adapter.fetchStatus('p1');
    await adapter.fetchStatus('p2');
    const p1 = await sandbox.admin.get('/admin/payments/card-3ds/p1/calls');
    expect(p1).toMatchObject({ count: 2, kept: 2, maxInWindow: 2 });
    expect(p1.timestamps[0]).toBeGreaterThanOrEqual(before);
    expect(p1.minGapMs).toBeGreaterThanOrEqual(25);
    const all = await sandbox.admin.get('/admin/calls?windowMs=1000');
    expect(all).toMatchObject({ total: 3, kinds: { 'card-3ds': { count: 3, maxInWindow: 3 } } });
    expect(all.kinds['card-3ds'].paymentMinGapMs).toBeGreaterThanOrEqual(25);
    expect((await sandbox.admin.get('/admin/kinds/card-3ds/calls')).timestamps).toHaveLength(3);
    expect(await sandbox.admin.get('/admin/kinds/card-3ds/calls?limit=2')).toMatchObject({ kept: 3, count: 3 });
    expect((await sandbox.admin.get('/admin/kinds/card-3ds/calls?limit=2')).timestamps).toHaveLength(2);
    expect((await sandbox.admin.send('POST', '/admin/reset')).status).toBe(204);
    expect((await fetch(`${sandbox.url}/admin/calls?windowMs=0`)).status).toBe(400);
  });

  it('shows, sets and deletes a payment, and its faults', async () => {
    await sandbox.admin.post('/admin/payments', { kind: 'crypto-apikey', id: 'x', amount: '5.5' });
    await sandbox.admin.post('/admin/payments/crypto-apikey/x/faults', { type: 'hang', times: 'always' });
    const view = await sandbox.admin.post('/admin/payments/crypto-apikey/x/state', {
      status: 'partially_paid',
      paymentType: 'partial',
    });
    expect(view).toMatchObject({
      status: 'partially_paid',
      step: 1,
      steps: 2,
      amount: '5.5',
      faults: [{ type: 'hang', remaining: 'always' }],
    });
    await sandbox.admin.send('DELETE', '/admin/payments/crypto-apikey/x/faults');
    await expect(sandbox.adapter('crypto-apikey').fetchStatus('x')).resolves.toMatchObject({
      status: 'processing',
      paymentType: 'partial',
      amount: { expected: '5.5' },
    });
    expect((await sandbox.admin.send('DELETE', '/admin/payments/crypto-apikey/x')).status).toBe(204);
    expect((await sandbox.admin.send('DELETE', '/admin/payments/crypto-apikey/x')).status).toBe(404);
  });

  it('names each bad field, and answers 404 for an unknown kind or payment', async () => {
    const bad = await sandbox.admin.send('POST', '/admin/payments', {
      kind: 'foo',
      id: '',
      amount: '1,0',
      steps: [{}],
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.details).sort()).toEqual(['amount', 'id', 'kind', 'steps.0.status']);
    const fault = await sandbox.admin.send('POST', '/admin/kinds/cyberpay/faults', { type: 'boom', times: 0 });
    expect(Object.keys(fault.body.error.details).sort()).toEqual(['times', 'type']);
    expect((await sandbox.admin.send('POST', '/admin/kinds/foo/faults', { type: 'hang' })).status).toBe(404);
    expect((await sandbox.admin.send('POST', '/admin/payments/cyberpay/nope/advance', {})).status).toBe(404);
  });

  it('forgets everything on reset', async () => {
    await sandbox.admin.post('/admin/payments', { kind: 'miraclecash', id: 'r' });
    await sandbox.adapter('miraclecash').fetchStatus('r');
    await sandbox.admin.post('/admin/reset');
    expect(await sandbox.admin.get('/admin/calls')).toMatchObject({ total: 0, tokensIssued: 0 });
    expect((await sandbox.admin.get('/admin/payments')).count).toBe(0);
  });

  it('answers 400 in the document shape to a status call without an id', async () => {
    const answer = await fetch(`${sandbox.url}/crypto-apikey/payments/status`, {
      method: 'POST',
      headers: { 'x-api-key': 'sandbox-crypto-key', 'content-type': 'application/json' },
      body: '{}',
    });
    expect([answer.status, await answer.json()]).toEqual([
      400,
      { error: { code: 'invalid_request', message: expect.any(String), details: {} } },
    ]);
  });
});
