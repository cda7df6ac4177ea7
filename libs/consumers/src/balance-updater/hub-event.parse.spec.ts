import { parseHubEvent } from './hub-event.parse';

const bytes = (text: string) => new TextEncoder().encode(text);
const json = (value: unknown) => bytes(JSON.stringify(value));
const data = {
  provider: 'cyberpay',
  paymentId: 'pay-1',
  version: 1,
  status: 'succeeded',
  amount: { expected: '1.00', received: null, currency: 'USD' },
  metadata: {},
};
const reasonOf = (payload: Uint8Array) => {
  const parsed = parseHubEvent(payload);
  return parsed.ok ? 'parsed' : parsed.reason;
};

describe('parseHubEvent', () => {
  it('reads the facts of a status change and leaves the other fields alone', () => {
    expect(parseHubEvent(json({ id: 'e1', type: 'payment.status.changed', data: { ...data, extra: true } }))).toEqual({
      ok: true,
      event: { type: 'payment.status.changed', id: 'e1', payment: data },
    });
  });

  it('refuses bytes that are not UTF-8 JSON', () => {
    expect(reasonOf(bytes('{nope'))).toMatch(/^not UTF-8 JSON/);
    expect(reasonOf(Uint8Array.of(0x22, 0xff, 0x22))).toMatch(/^not UTF-8 JSON/);
  });

  it.each([null, [], 'text', { type: 'payment.status.changed' }, { id: 1, type: 'x' }])(
    'refuses %j as not a CloudEvent',
    (body) => expect(reasonOf(json(body))).toBe('not a CloudEvent with a string id and type'),
  );

  it.each<[string, Record<string, unknown>]>([
    ['data.provider', { provider: '' }],
    ['data.version', { version: 0 }],
    ['data.version', { version: '2' }],
    ['data.status', { status: 'completed' }],
    ['data.metadata', { metadata: null }],
    ['data.amount', { amount: { expected: 100, received: null, currency: 'USD' } }],
    ['data.amount', { amount: { expected: '1.00', currency: 'USD' } }],
  ])('names %s when it is wrong', (field, change) => {
    const reason = reasonOf(json({ id: 'e1', type: 'payment.status.changed', data: { ...data, ...change } }));
    expect(reason).toContain(field);
    expect(reason).toMatch(/^payment\.status\.changed e1: /);
  });

  it('requires the observed status of an anomaly', () => {
    const anomaly = { id: 'a1', type: 'payment.status.anomaly', data };
    expect(reasonOf(json(anomaly))).toContain('data.anomaly.observedStatus');
    expect(parseHubEvent(json({ ...anomaly, data: { ...data, anomaly: { observedStatus: 'failed' } } }))).toMatchObject(
      {
        ok: true,
        event: { type: 'payment.status.anomaly', observedStatus: 'failed' },
      },
    );
  });
});
