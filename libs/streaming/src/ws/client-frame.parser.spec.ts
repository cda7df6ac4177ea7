import { parseClientFrame } from './client-frame.parser';

describe('parseClientFrame', () => {
  it('reads subscribe with a token, or with apiKey as a cyberpay client sends it', () => {
    expect(parseClientFrame('{"action":"subscribe","orderId":"o1","token":"t","since":12}')).toEqual({
      ok: true,
      frame: { action: 'subscribe', orderId: 'o1', credential: 't', since: 12 },
    });
    expect(parseClientFrame('{"action":"subscribe","orderId":"o1","apiKey":"k"}')).toEqual({
      ok: true,
      frame: { action: 'subscribe', orderId: 'o1', credential: 'k', since: undefined },
    });
  });

  it('reads unsubscribe and ping, ignoring unknown fields', () => {
    expect(parseClientFrame('{"action":"unsubscribe","orderId":"o1","x":1}')).toEqual({
      ok: true,
      frame: { action: 'unsubscribe', orderId: 'o1' },
    });
    expect(parseClientFrame('{"action":"ping"}')).toEqual({ ok: true, frame: { action: 'ping' } });
  });

  it.each([
    ['not json', 'frame'],
    ['[1,2]', 'body'],
    ['{"action":"dance"}', 'action'],
    ['{"orderId":"o1"}', 'action'],
    ['{"action":"subscribe"}', 'orderId'],
    ['{"action":"subscribe","orderId":"o1","since":-1}', 'since'],
    ['{"action":"subscribe","orderId":"o1","since":"5"}', 'since'],
    [`{"action":"unsubscribe","orderId":"${'x'.repeat(129)}"}`, 'orderId'],
  ])('refuses %s with INVALID_MESSAGE naming %s', (text, field) => {
    const parsed = parseClientFrame(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.code).toBe('INVALID_MESSAGE');
      expect(Object.keys(parsed.error.details ?? {})).toContain(field);
      expect(parsed.error.message).not.toBe('');
    }
  });

  it('names the order of a bad frame that has one', () => {
    const parsed = parseClientFrame('{"action":"subscribe","orderId":"o9","since":1.5}');
    expect(!parsed.ok && parsed.orderId).toBe('o9');
  });
});
