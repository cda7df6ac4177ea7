import { ConfigError, ProviderConnection } from '@statushub/config';
import { plainToInstance } from 'class-transformer';
import { ProviderHttpClient } from '../http/provider-http.client';
import { ADAPTER_KINDS } from './adapters.list';
import { createAdapters } from './create-adapters';
import { validateProviderConnections } from './validate-connections';
import { webhookPaymentId } from './webhook-payment-id';

const connection = (kind: string, auth: Record<string, unknown>, name = kind) =>
  plainToInstance(ProviderConnection, { name, kind, baseUrl: 'http://127.0.0.1:4010/' + kind, auth });

const valid = [
  connection('miraclecash', { basic: { clientId: 'c', apiKey: 'k' } }),
  connection('crypto-apikey', { apiKey: 'k' }),
  connection('card-3ds', { apiKey: 'k', apiSecret: 's' }),
  connection('cyberpay', { bearer: 'b' }),
  connection('crypto-oauth', { oauth2: { tokenUrl: 'http://127.0.0.1:4010/t', clientId: 'c', clientSecret: 's' } }),
];

function problems(connections: ProviderConnection[]): string[] {
  try {
    validateProviderConnections(connections);
    return [];
  } catch (error) {
    return (error as ConfigError).problems;
  }
}

describe('validateProviderConnections', () => {
  it('accepts one valid connection of every kind', () => {
    expect(problems(valid)).toEqual([]);
    expect(ADAPTER_KINDS).toEqual(valid.map((c) => c.kind));
  });

  it('names an unknown kind with the known ones', () => {
    expect(problems([valid[0], connection('foo', {})])).toEqual([
      'HUB_PROVIDERS.providers[1].kind: unknown kind "foo" (known: miraclecash, crypto-apikey, card-3ds, cyberpay, crypto-oauth)',
    ]);
  });

  it.each([
    [connection('card-3ds', { apiKey: 'k' }), 'HUB_PROVIDERS.providers[0].auth.apiSecret: apiSecret must be a string'],
    [
      connection('miraclecash', { basic: { clientId: 'a:b', apiKey: 'k' } }),
      'auth.basic.clientId: clientId must not contain',
    ],
    [connection('miraclecash', {}), 'auth.basic: basic should not be null or undefined'],
    [connection('cyberpay', { bearer: '' }), 'auth.bearer: bearer should not be empty'],
    [connection('crypto-apikey', { apiKey: 'k', apikey: 'k' }), 'auth.apikey: property apikey should not exist'],
    [
      connection('crypto-oauth', { oauth2: { tokenUrl: 'nope', clientId: 'c', clientSecret: 's' } }),
      'auth.oauth2.tokenUrl',
    ],
  ])('names the bad auth field (%#)', (bad, expected) => {
    expect(problems([bad]).join('\n')).toContain(expected);
  });
});

describe('createAdapters', () => {
  it('creates one adapter per connection, by name', () => {
    const adapters = createAdapters(
      [...valid, connection('cyberpay', { bearer: 'b' }, 'cyberpay-premium')],
      {} as ProviderHttpClient,
    );
    expect([...adapters.keys()]).toEqual([...ADAPTER_KINDS, 'cyberpay-premium']);
    expect(adapters.get('cyberpay-premium')).toMatchObject({
      kind: 'cyberpay',
      connection: { name: 'cyberpay-premium' },
    });
  });

  it('refuses a bad connection', () => {
    expect(() => createAdapters([connection('foo', {})], {} as ProviderHttpClient)).toThrow(ConfigError);
  });
});

describe('webhookPaymentId', () => {
  it.each([
    ['miraclecash', { id: 'mc-1', status: 'successful' }, 'mc-1'],
    ['crypto-apikey', { event: 'payment_status_update', transaction_id: 'tx-1' }, 'tx-1'],
    ['crypto-oauth', { transaction_id: 'tx-2' }, 'tx-2'],
    ['card-3ds', { paymentId: 'p-1', status: 'SUCCESS' }, 'p-1'],
    ['cyberpay', { data: { orderId: 'o-1', status: 'completed' } }, 'o-1'],
    ['cyberpay', { paymentId: 'generic' }, 'generic'],
    ['miraclecash', { paymentId: 'generic' }, 'generic'],
    ['unknown-kind', { paymentId: 'generic' }, 'generic'],
    ['cyberpay', { orderId: 'o-1' }, null],
    ['miraclecash', { id: 42 }, null],
    ['miraclecash', { id: '' }, null],
    ['cyberpay', { data: ['o-1'] }, null],
    ['card-3ds', null, null],
    ['card-3ds', 'p-1', null],
  ])('finds the id in a %s webhook %j', (kind, body, expected) => {
    expect(webhookPaymentId(kind, body)).toBe(expected);
  });
});
