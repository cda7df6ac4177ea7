import { NatsConnection } from '@nats-io/nats-core';
import { Json, waitFor } from './support/hub';
import { usePoller } from './support/scenario';

describe('poller: watch registration (CONTRACT §3)', () => {
  const s = usePoller('registration', (sandbox) => [
    sandbox.connection('miraclecash', 'mc', { pollIntervalMs: 60_000 }),
    sandbox.connection('cyberpay', 'cyber', { pollIntervalMs: 60_000 }),
  ]);

  const watch = (paymentId: string, extra: Record<string, unknown> = {}) => ({
    provider: 'mc',
    paymentId,
    orderId: `order-${paymentId}`,
    ...extra,
  });

  it('creates a watch (201), returns the same one again (200), and polls it at once', async () => {
    await s.sandbox.post('/admin/payments', { kind: 'miraclecash', id: 'reg-1' });
    const first = await s.poller.call('POST', '/v1/watches', watch('reg-1', { metadata: { playerId: 'p-1' } }));
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ provider: 'mc', paymentId: 'reg-1', orderId: 'order-reg-1', state: 'active' });
    expect(first.body.metadata).toEqual({ playerId: 'p-1' });
    const again = await s.poller.call('POST', '/v1/watches', watch('reg-1', { orderId: 'another' }));
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    const events = await waitFor('the first event', async () => {
      const found = await s.hub.eventsOf('reg-1');
      return found.length > 0 && found;
    });
    expect(events.map((e) => [e.id, e.data.metadata])).toEqual([['mc:reg-1:1', { playerId: 'p-1' }]]);
  });

  it('names each invalid field (400 INVALID_REQUEST)', async () => {
    const answer = await s.poller.call('POST', '/v1/watches', {
      provider: 'MC!',
      orderId: 'x'.repeat(129),
      expiresAt: 'soon',
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('INVALID_REQUEST');
    expect(Object.keys(answer.body.error.details).sort()).toEqual(['expiresAt', 'orderId', 'paymentId', 'provider']);
    const notJson = await s.poller.call('POST', '/v1/watches', '[1,2]');
    expect(notJson.status).toBe(400);
  });

  it('refuses an unknown provider connection (404 UNKNOWN_PROVIDER)', async () => {
    const answer = await s.poller.call('POST', '/v1/watches', watch('x', { provider: 'nope' }));
    expect(answer).toMatchObject({ status: 404, body: { error: { code: 'UNKNOWN_PROVIDER' } } });
    expect((await s.poller.call('GET', '/v1/watches/nope/x')).body.error.code).toBe('UNKNOWN_PROVIDER');
  });

  it('requires an API key (401) on every watch route', async () => {
    for (const [method, path] of [
      ['POST', '/v1/watches'],
      ['GET', '/v1/watches/mc/reg-1'],
      ['DELETE', '/v1/watches/mc/reg-1'],
    ]) {
      const answer = await s.poller.call(method, path, method === 'POST' ? watch('y') : undefined, {
        authorization: 'Bearer wrong-key-0123456789',
      });
      expect([method, answer.status, answer.body.error.code]).toEqual([method, 401, 'UNAUTHORIZED']);
    }
  });

  it('GET answers the watch and its latest state, 404 when unknown', async () => {
    const found = await s.poller.call('GET', '/v1/watches/mc/reg-1');
    expect(found.status).toBe(200);
    expect(found.body).toMatchObject({ provider: 'mc', paymentId: 'reg-1', orderId: 'order-reg-1' });
    expect(found.body.latest).toMatchObject({ version: 1, status: 'pending', providerStatus: 'pending' });
    const missing = await s.poller.call('GET', '/v1/watches/mc/never');
    expect(missing).toMatchObject({ status: 404, body: { error: { code: 'NOT_FOUND' } } });
  });

  it('GET shows latest null before the first answer', async () => {
    await s.poller.call('POST', '/v1/watches', watch('no-such-payment-yet'));
    const found = await s.poller.call('GET', '/v1/watches/mc/no-such-payment-yet');
    expect(found.body.latest).toBeNull();
  });

  it('DELETE stops polling (204) and publishes watch.ended with reason deleted', async () => {
    await s.sandbox.post('/admin/payments', { kind: 'cyberpay', id: 'del-1' });
    await s.poller.call('POST', '/v1/watches', watch('del-1', { provider: 'cyber' }));
    await waitFor('v1', async () => (await s.hub.eventsOf('del-1')).length === 1);
    expect((await s.poller.call('DELETE', '/v1/watches/cyber/del-1')).status).toBe(204);
    const events = await s.hub.eventsOf('del-1');
    expect(events.map((e) => [e.id, e.type])).toEqual([
      ['cyber:del-1:1', 'payment.status.changed'],
      ['cyber:del-1:ended', 'payment.watch.ended'],
    ]);
    expect(events[1].data).toMatchObject({ reason: 'deleted', version: 1, status: 'pending', terminal: false });
    expect((await s.poller.call('GET', '/v1/watches/cyber/del-1')).status).toBe(404);
    expect((await s.poller.call('DELETE', '/v1/watches/cyber/del-1')).status).toBe(404);
  });

  it('answers NATS requests on watch.create and watch.delete, one instance of the group', async () => {
    const nc: NatsConnection = s.hub.nc;
    const ask = async (subject: string, body: unknown) =>
      (await nc.request(subject, JSON.stringify(body), { timeout: 5_000 })).json<Json>();
    await s.sandbox.post('/admin/payments', { kind: 'miraclecash', id: 'nats-1' });
    const created = await ask(s.hub.names.watchCreate, watch('nats-1'));
    expect(created).toMatchObject({ ok: true, watch: { provider: 'mc', paymentId: 'nats-1' } });
    expect(await ask(s.hub.names.watchCreate, watch('nats-1'))).toEqual(created);
    const invalid = await ask(s.hub.names.watchCreate, { provider: 'mc' });
    expect(invalid.ok).toBe(false);
    expect(invalid.error.code).toBe('INVALID_REQUEST');
    expect(Object.keys(invalid.error.details).sort()).toEqual(['orderId', 'paymentId']);
    expect((await ask(s.hub.names.watchCreate, watch('x', { provider: 'nope' }))).error.code).toBe('UNKNOWN_PROVIDER');
    expect((await nc.request(s.hub.names.watchCreate, 'not json')).json<Json>().error.code).toBe('INVALID_REQUEST');
    expect(await ask(s.hub.names.watchDelete, { provider: 'mc', paymentId: 'nats-1' })).toEqual({ ok: true });
    expect((await ask(s.hub.names.watchDelete, { provider: 'mc', paymentId: 'nats-1' })).error.code).toBe('NOT_FOUND');
  });
});
