import { ProviderAdapter } from '@statushub/providers';
import { Sandbox, startSandbox } from './sandbox.harness';

const KINDS = ['miraclecash', 'crypto-apikey', 'card-3ds', 'cyberpay', 'crypto-oauth'];
const TIMEOUT_MS = 400;

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ maxHangMs: 5000 });
});
afterAll(() => sandbox.close());

describe.each(KINDS)('%s faults', (kind) => {
  const id = `faulty-${kind}`;
  const faults = `/admin/payments/${kind}/${id}/faults`;
  let adapter: ProviderAdapter;

  beforeEach(async () => {
    await sandbox.admin.post('/admin/payments', { kind, id });
    adapter = sandbox.adapter(kind, { timeoutMs: TIMEOUT_MS });
  });

  const fault = (body: object) => sandbox.admin.post(faults, body);
  const fetched = () => adapter.fetchStatus(id);

  it('429 with Retry-After in seconds → rate_limited with retryAfterMs, once', async () => {
    await fault({ type: 'rate_limit', retryAfter: 7 });
    await expect(fetched()).rejects.toMatchObject({ kind: 'rate_limited', status: 429, retryAfterMs: 7000 });
    await expect(fetched()).resolves.toMatchObject({ status: 'pending' });
  });

  it('429 with an HTTP-date, and without Retry-After', async () => {
    await fault({ type: 'rate_limit', retryAfter: new Date(Date.now() + 60_000).toUTCString() });
    await fault({ type: 'rate_limit', retryAfter: null });
    const [dated, bare] = await Promise.allSettled([fetched(), fetched()]);
    expect((dated as PromiseRejectedResult).reason.retryAfterMs).toBeGreaterThan(55_000);
    expect((bare as PromiseRejectedResult).reason).toMatchObject({ kind: 'rate_limited', retryAfterMs: null });
  });

  it('500 and 503 → provider_error, for N calls', async () => {
    await fault({ type: 'server_error', times: 2 });
    await fault({ type: 'server_error', httpStatus: 503 });
    await expect(fetched()).rejects.toMatchObject({ kind: 'provider_error', status: 500 });
    await expect(fetched()).rejects.toMatchObject({ kind: 'provider_error', status: 500 });
    await expect(fetched()).rejects.toMatchObject({ kind: 'provider_error', status: 503 });
    await expect(fetched()).resolves.toMatchObject({ status: 'pending' });
  });

  it('a hang → timeout within timeoutMs', async () => {
    await fault({ type: 'hang' });
    const started = Date.now();
    await expect(fetched()).rejects.toMatchObject({ kind: 'timeout', status: null });
    expect(Date.now() - started).toBeGreaterThanOrEqual(TIMEOUT_MS - 20);
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + 1000);
    await expect(fetched()).resolves.toMatchObject({ status: 'pending' });
  });

  it('a dropped connection → provider_error', async () => {
    await fault({ type: 'reset' });
    await expect(fetched()).rejects.toMatchObject({ kind: 'provider_error', status: null });
  });

  it('a slow answer within the timeout is still an answer', async () => {
    await fault({ type: 'delay', ms: 100 });
    await expect(fetched()).resolves.toMatchObject({ status: 'pending' });
  });

  it('malformed JSON and a wrong shape → malformed', async () => {
    await fault({ type: 'malformed_json' });
    await fault({ type: 'wrong_shape' });
    await expect(fetched()).rejects.toMatchObject({
      kind: 'malformed',
      message: expect.stringContaining('not valid JSON'),
    });
    await expect(fetched()).rejects.toMatchObject({ kind: 'malformed', message: expect.stringContaining('field') });
  });

  it('an unknown status → status null (card-3ds: processing), the raw value kept', async () => {
    await fault({ type: 'unknown_status', providerStatus: 'on_hold' });
    await expect(fetched()).resolves.toMatchObject({
      status: kind === 'card-3ds' ? 'processing' : null,
      providerStatus: 'on_hold',
    });
  });

  it('a stale read answers the earlier state once', async () => {
    await sandbox.admin.post(`/admin/payments/${kind}/${id}/advance`, { steps: 9 });
    await fault({ type: 'stale_read' });
    const [stale, fresh] = [await fetched(), await fetched()];
    expect(stale.status).not.toBe('succeeded');
    expect(fresh.status).toBe('succeeded');
  });

  it('a contradicting terminal: failed after completed', async () => {
    await sandbox.admin.post(`/admin/payments/${kind}/${id}/advance`, { steps: 9 });
    await fault({ type: 'contradiction' });
    await expect(fetched()).resolves.toMatchObject({ status: 'failed' });
    await expect(fetched()).resolves.toMatchObject({ status: 'succeeded' });
  });

  it.each([
    ['forbidden', 'forbidden', 403],
    ['not_found', 'not_found', 404],
  ])('%s → %s', async (type, errorKind, status) => {
    await fault({ type });
    await expect(fetched()).rejects.toMatchObject({ kind: errorKind, status });
  });

  it('401 → auth_rejected', async () => {
    await fault({ type: 'unauthorized', times: 2 });
    await expect(fetched()).rejects.toMatchObject({ kind: 'auth_rejected', status: 401 });
  });

  it('an unknown payment → not_found', async () => {
    await expect(adapter.fetchStatus('no-such-payment')).rejects.toMatchObject({ kind: 'not_found', status: 404 });
  });

  it('a fault on the whole kind, until cleared', async () => {
    await sandbox.admin.post(`/admin/kinds/${kind}/faults`, { type: 'server_error', times: 'always' });
    await expect(fetched()).rejects.toMatchObject({ kind: 'provider_error' });
    await expect(adapter.fetchStatus('no-such-payment')).rejects.toMatchObject({ kind: 'provider_error' });
    await sandbox.admin.send('DELETE', `/admin/kinds/${kind}/faults`);
    await expect(fetched()).resolves.toMatchObject({ status: 'pending' });
  });
});

describe('wrong credentials', () => {
  it.each([
    ['miraclecash', { auth: { basic: { clientId: 'sandbox-mc-client', apiKey: 'wrong' } } }],
    ['crypto-apikey', { auth: { apiKey: 'wrong' } }],
    ['card-3ds', { auth: { apiKey: 'sandbox-card-key', apiSecret: 'wrong' } }],
    ['cyberpay', { auth: { bearer: 'wrong' } }],
  ])('%s → auth_rejected', async (kind, overrides) => {
    await sandbox.admin.post('/admin/payments', { kind, id: 'creds' });
    await expect(sandbox.adapter(kind, overrides).fetchStatus('creds')).rejects.toMatchObject({
      kind: 'auth_rejected',
      status: 401,
    });
  });

  it('crypto-oauth with a wrong client secret → auth_rejected from the token endpoint', async () => {
    const oauth2 = {
      tokenUrl: `${sandbox.url}/crypto-oauth/oauth/token`,
      clientId: 'sandbox-oauth-client',
      clientSecret: 'wrong',
    };
    await expect(sandbox.adapter('crypto-oauth', { auth: { oauth2 } }).fetchStatus('creds')).rejects.toMatchObject({
      kind: 'auth_rejected',
      code: 'invalid_client',
    });
  });
});
