import { card3dsApi, card3dsRequest } from './card-3ds.api';
import { CARD_3DS_EXAMPLE_ID, card3dsExample } from './card-3ds.fixtures';
import { CARD_3DS_STATUSES, card3dsStatus } from './card-3ds.status';

describe('card-3ds', () => {
  it('asks GET /api/payment/{paymentId} with X-API-KEY and X-API-SECRET', () => {
    expect(card3dsRequest('https://api.example.com', { apiKey: 'k', apiSecret: 's' }, 'p/1')).toEqual({
      method: 'GET',
      url: 'https://api.example.com/api/payment/p%2F1',
      headers: { 'x-api-key': 'k', 'x-api-secret': 's', accept: 'application/json' },
    });
  });

  it('reads the response of the field table, keeping the amount 150.00 as written', () => {
    expect(card3dsApi.read(card3dsExample('SUCCESS'), CARD_3DS_EXAMPLE_ID)).toEqual({
      status: 'succeeded',
      providerStatus: 'SUCCESS',
      providerSubstatus: null,
      progress: null,
      amount: { expected: '150.00', received: null, currency: 'TRY' },
      paymentType: null,
      txHash: null,
    });
  });

  it('carries no card holder, PAN or customer id', () => {
    const text = JSON.stringify(card3dsApi.read(card3dsExample('SUCCESS'), CARD_3DS_EXAMPLE_ID));
    expect(text).not.toMatch(/JANE|411111|cust-42/);
  });

  it.each([
    ['ENROLLED', 'pending'],
    ['SUCCESS', 'succeeded'],
    ['FAILED', 'failed'],
    ['CANCELLED', 'cancelled'],
  ])('maps %s to %s', (raw, canonical) => {
    expect(card3dsStatus(raw)).toBe(canonical);
    expect(card3dsApi.read(card3dsExample(raw), CARD_3DS_EXAMPLE_ID).status).toBe(canonical);
  });

  it('covers every status of the document', () => {
    expect(CARD_3DS_STATUSES).toHaveLength(4);
  });

  it.each(['PENDING_3DS', 'AUTHORIZED', 'success', ''])('treats any other status %p as still processing', (raw) => {
    expect(card3dsApi.read(card3dsExample(raw), CARD_3DS_EXAMPLE_ID)).toMatchObject({
      status: 'processing',
      providerStatus: raw,
    });
  });

  it('rejects an answer without a status', () => {
    const read = () => card3dsApi.read(card3dsExample('x').replace('"status": "x",', ''), CARD_3DS_EXAMPLE_ID);
    expect(read).toThrow(
      expect.objectContaining({ kind: 'malformed', message: expect.stringContaining('field status') }),
    );
  });
});
