import { StreamTokenRequestDto } from './stream-token-request.dto';
import { SubscribeFrameDto } from './client-frame.dto';
import { validateInput } from './validate';
import { WatchRegistrationDto } from './watch-registration.dto';

describe('inbound DTOs name each bad field', () => {
  it('accepts a watch registration and drops unknown fields', () => {
    const result = validateInput(WatchRegistrationDto, {
      provider: 'cyberpay',
      paymentId: 'p',
      orderId: 'o',
      extra: 1,
    });
    expect(result).toEqual({ ok: true, value: { provider: 'cyberpay', paymentId: 'p', orderId: 'o' } });
  });

  it('names every bad field of a watch registration', () => {
    const result = validateInput(WatchRegistrationDto, {
      provider: 'Cyber Pay',
      orderId: 'x'.repeat(129),
      expiresAt: 'tomorrow',
      metadata: 'p-42',
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && Object.keys(result.errors).sort()).toEqual([
      'expiresAt',
      'metadata',
      'orderId',
      'paymentId',
      'provider',
    ]);
  });

  it('refuses a body that is not an object', () => {
    expect(validateInput(WatchRegistrationDto, [1])).toEqual({
      ok: false,
      errors: { body: ['must be a JSON object'] },
    });
  });

  it('accepts the cyberpay subscribe shape and checks since', () => {
    expect(validateInput(SubscribeFrameDto, { action: 'subscribe', orderId: 'o', apiKey: 'k' }).ok).toBe(true);
    const bad = validateInput(SubscribeFrameDto, { action: 'subscribe', orderId: 'o', since: -1 });
    expect(!bad.ok && Object.keys(bad.errors)).toEqual(['since']);
  });

  it('defaults a stream token ttl and bounds the order list', () => {
    const ok = validateInput(StreamTokenRequestDto, { orderIds: ['o-1'] });
    expect(ok.ok && ok.value.ttlSeconds).toBe(3600);
    const bad = validateInput(StreamTokenRequestDto, { orderIds: [], ttlSeconds: 0 });
    expect(!bad.ok && Object.keys(bad.errors).sort()).toEqual(['orderIds', 'ttlSeconds']);
  });
});
