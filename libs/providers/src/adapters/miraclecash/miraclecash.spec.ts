import { plainToInstance } from 'class-transformer';
import { ProviderError } from '../../provider-error';
import { miraclecashApi, miraclecashRequest } from './miraclecash.api';
import { MiraclecashAuth } from './miraclecash.auth';
import { MIRACLECASH_EXAMPLE, MIRACLECASH_EXAMPLE_ID } from './miraclecash.fixtures';
import { MIRACLECASH_STATUSES, miraclecashStatus } from './miraclecash.status';

const auth = plainToInstance(MiraclecashAuth, { basic: { clientId: 'your_client_id', apiKey: 'your_api_key' } });
const answer = (status: unknown, id = 'p-1') => JSON.stringify({ id, blockchainId: null, status, createdAt: 'x' });

describe('miraclecash', () => {
  it('asks GET /external/payments/prompt/:id with Basic client_id:api_key', () => {
    expect(miraclecashRequest('https://api.miraclecash.info/', auth, 'a b/c')).toEqual({
      method: 'GET',
      url: 'https://api.miraclecash.info/external/payments/prompt/a%20b%2Fc',
      headers: { authorization: 'Basic eW91cl9jbGllbnRfaWQ6eW91cl9hcGlfa2V5', accept: 'application/json' },
    });
  });

  it('reads the document example', () => {
    expect(miraclecashApi.read(MIRACLECASH_EXAMPLE, MIRACLECASH_EXAMPLE_ID)).toEqual({
      status: 'succeeded',
      providerStatus: 'successful',
      providerSubstatus: null,
      progress: null,
      amount: null,
      paymentType: null,
      txHash: null,
    });
  });

  it.each([
    ['pending', 'pending'],
    ['successful', 'succeeded'],
    ['unsuccessful', 'failed'],
    ['expired', 'expired'],
    ['cancelled', 'cancelled'],
  ])('maps %s to %s', (raw, canonical) => {
    expect(miraclecashStatus(raw)).toBe(canonical);
    expect(miraclecashApi.read(answer(raw), 'p-1').status).toBe(canonical);
  });

  it('covers every status of the document', () => {
    expect(MIRACLECASH_STATUSES).toHaveLength(5);
  });

  it.each(['refunded', 'SUCCESSFUL', ''])('does not guess an unknown status %p', (raw) => {
    expect(miraclecashApi.read(answer(raw), 'p-1')).toMatchObject({ status: null, providerStatus: raw });
  });

  it.each([
    [answer(7), 'field status'],
    [JSON.stringify({ status: 'pending' }), 'field id'],
    [answer('pending', 'p-2'), 'another payment'],
    ['<html>', 'not valid JSON'],
  ])('rejects %s as malformed (%s)', (body, reason) => {
    expect(() => miraclecashApi.read(body, 'p-1')).toThrow(expect.objectContaining({ kind: 'malformed' }));
    expect(() => miraclecashApi.read(body, 'p-1')).toThrow(new RegExp(reason));
    expect(() => miraclecashApi.read(body, 'p-1')).toThrow(ProviderError);
  });
});
