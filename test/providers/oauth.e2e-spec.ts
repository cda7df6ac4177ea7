import { Sandbox, startSandbox } from './sandbox.harness';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.admin.post('/admin/reset'));

const issued = async () => (await sandbox.admin.get('/admin/oauth')).issued as number;

describe('crypto-oauth access token', () => {
  it('is fetched once for many concurrent callers and reused afterwards', async () => {
    await sandbox.admin.post('/admin/payments/bulk', { kind: 'crypto-oauth', count: 20, idPrefix: 'tx-' });
    const adapter = sandbox.adapter('crypto-oauth');
    const ids = Array.from({ length: 20 }, (_, i) => `tx-${i}`);
    const first = await Promise.all(ids.map((id) => adapter.fetchStatus(id)));
    const again = await Promise.all(ids.map((id) => adapter.fetchStatus(id)));
    expect([...first, ...again].every((o) => o.status === 'pending')).toBe(true);
    expect(await issued()).toBe(1);
  });

  it('is fetched again once, and each call retried once, after the API answers 401', async () => {
    await sandbox.admin.post('/admin/payments/bulk', { kind: 'crypto-oauth', count: 10, idPrefix: 'tx-' });
    const adapter = sandbox.adapter('crypto-oauth');
    await adapter.fetchStatus('tx-0');
    await sandbox.admin.post('/admin/oauth/revoke');
    const ids = Array.from({ length: 10 }, (_, i) => `tx-${i}`);
    const observations = await Promise.all(ids.map((id) => adapter.fetchStatus(id)));
    expect(observations.map((o) => o.status)).toEqual(ids.map(() => 'pending'));
    expect(await issued()).toBe(2);
    const calls = await sandbox.admin.get('/admin/kinds/crypto-oauth/calls');
    expect(calls.count).toBe(1 + 10 + 10);
  });

  it('really expires, and is replaced shortly before it does', async () => {
    await sandbox.admin.send('PUT', '/admin/oauth', { ttlSeconds: 1 });
    await sandbox.admin.post('/admin/payments', { kind: 'crypto-oauth', id: 'tx-1' });
    const adapter = sandbox.adapter('crypto-oauth');
    await adapter.fetchStatus('tx-1');
    await new Promise((resolve) => setTimeout(resolve, 950));
    await expect(adapter.fetchStatus('tx-1')).resolves.toMatchObject({ status: 'pending' });
    expect(await issued()).toBe(2);
    const calls = await sandbox.admin.get('/admin/payments/crypto-oauth/tx-1/calls');
    expect(calls.count).toBe(2);
  });

  it('the sandbox answers 401 to an expired or unknown token', async () => {
    await sandbox.admin.post('/admin/payments', { kind: 'crypto-oauth', id: 'tx-1' });
    const answer = await fetch(`${sandbox.url}/crypto-oauth/payments/status/`, {
      method: 'POST',
      headers: { authorization: 'Bearer made-up', 'content-type': 'application/json' },
      body: JSON.stringify({ transaction_id: 'tx-1' }),
    });
    expect(answer.status).toBe(401);
    expect(await answer.json()).toMatchObject({ error: { code: 'not_authenticated' } });
  });

  it('the token endpoint accepts HTTP Basic client authentication and refuses other grants', async () => {
    const basic = Buffer.from('sandbox-oauth-client:sandbox-oauth-secret').toString('base64');
    const token = (body: string) =>
      fetch(`${sandbox.url}/crypto-oauth/oauth/token`, {
        method: 'POST',
        headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
        body,
      });
    const granted = await token('grant_type=client_credentials');
    expect(await granted.json()).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
    const refused = await token('grant_type=password');
    expect([refused.status, await refused.json()]).toEqual([400, { error: 'unsupported_grant_type' }]);
  });
});
