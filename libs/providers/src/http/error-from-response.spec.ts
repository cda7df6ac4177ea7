import { errorFromResponse, expectSuccess, providerErrorCode } from './error-from-response';

const answer = (status: number, body = '', headers: Record<string, string> = {}) => ({ status, headers, body });

describe('errorFromResponse', () => {
  it.each([
    [401, 'auth_rejected'],
    [403, 'forbidden'],
    [404, 'not_found'],
    [410, 'not_found'],
    [429, 'rate_limited'],
    [500, 'provider_error'],
    [502, 'provider_error'],
    [503, 'provider_error'],
    [400, 'provider_error'],
    [302, 'provider_error'],
  ])('classifies a plain HTTP %i as %s', (status, kind) => {
    expect(errorFromResponse(answer(status))).toMatchObject({ kind, status, code: null, retryAfterMs: null });
  });

  it('reads Retry-After in seconds or as an HTTP-date on a 429', () => {
    const now = Date.parse('2026-01-15T10:00:00Z');
    expect(errorFromResponse(answer(429, '', { 'retry-after': '7' }), {}, now).retryAfterMs).toBe(7000);
    const date = answer(429, '', { 'retry-after': 'Thu, 15 Jan 2026 10:00:02 GMT' });
    expect(errorFromResponse(date, {}, now).retryAfterMs).toBe(2000);
  });

  it('lets the HTTP status win over the code where it is unambiguous', () => {
    const body = '{"error":{"code":"not_found"}}';
    expect(errorFromResponse(answer(500, body), { not_found: 'not_found' })).toMatchObject({
      kind: 'provider_error',
      code: 'not_found',
    });
  });

  it('looks the code up where the status is ambiguous', () => {
    expect(errorFromResponse(answer(400, '{"error":{"code":"gone"}}'), { gone: 'not_found' }).kind).toBe('not_found');
  });

  it('never quotes the body in its message', () => {
    const error = errorFromResponse(answer(403, '{"error":{"code":"x","message":"customer@example.com"}}'));
    expect(error.message).toBe('forbidden: HTTP 403 x');
  });
});

describe('providerErrorCode', () => {
  it.each([
    ['{"error":{"code":"rate_limit_exceeded","message":"m"}}', 'rate_limit_exceeded'],
    ['{"success":false,"error":{"code":"ORDER_NOT_FOUND"}}', 'ORDER_NOT_FOUND'],
    ['{"error":"invalid_client","error_description":"d"}', 'invalid_client'],
    ['{"error":{"code":5}}', null],
    ['{"error":null}', null],
    ['Not Found', null],
    ['{broken', null],
    ['', null],
  ])('reads %s as %p', (body, code) => {
    expect(providerErrorCode(body)).toBe(code);
  });
});

describe('expectSuccess', () => {
  it('passes 2xx through and classifies the rest', () => {
    expect(expectSuccess(answer(204)).status).toBe(204);
    expect(() => expectSuccess(answer(404))).toThrow(expect.objectContaining({ kind: 'not_found' }));
  });
});
