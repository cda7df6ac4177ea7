import { Injectable } from '@nestjs/common';
import { HubEnv } from '@statushub/config';
import { HubError } from '@statushub/contract';
import { SignJWT, errors as joseErrors, jwtVerify } from 'jose';
import { createHash, timingSafeEqual } from 'node:crypto';

export type Principal =
  { kind: 'api-key' } | { kind: 'order-token'; orders: readonly string[] } | { kind: 'anonymous' };

/** CONTRACT §5: API keys may do everything; an order token may read the orders it lists. */
@Injectable()
export class AuthService {
  private readonly keyDigests: Buffer[];
  private readonly secret: Uint8Array;
  readonly enabled: boolean;

  constructor(env: HubEnv) {
    this.enabled = env.HUB_AUTH === 'on';
    this.keyDigests = env.HUB_API_KEYS.map(digest);
    this.secret = new TextEncoder().encode(env.HUB_TOKEN_SECRET ?? '');
  }

  isApiKey(candidate: string | undefined): boolean {
    if (!candidate) {
      return false;
    }
    const candidateDigest = digest(candidate);
    return this.keyDigests.some((key) => timingSafeEqual(key, candidateDigest));
  }

  /** Who presents `credential` (an API key or an order token); throws UNAUTHORIZED for a bad one. */
  async authenticate(credential: string | undefined): Promise<Principal> {
    if (!this.enabled) {
      return { kind: 'api-key' };
    }
    if (!credential) {
      throw new HubError('UNAUTHORIZED', 'an API key or order token is required');
    }
    if (this.isApiKey(credential)) {
      return { kind: 'api-key' };
    }
    return { kind: 'order-token', orders: await this.verifyOrderToken(credential) };
  }

  /** Throws FORBIDDEN unless `principal` may read `orderId`. */
  assertMayRead(principal: Principal, orderId: string): void {
    if (principal.kind === 'api-key' || (principal.kind === 'order-token' && principal.orders.includes(orderId))) {
      return;
    }
    throw new HubError('FORBIDDEN', 'this token does not grant access to that order');
  }

  async mintOrderToken(orderIds: string[], ttlSeconds: number): Promise<{ token: string; expiresAt: string }> {
    const exp = Math.floor(Date.now() / 1000) + ttlSeconds;
    const token = await new SignJWT({ orders: orderIds })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuedAt()
      .setExpirationTime(exp)
      .sign(this.secret);
    return { token, expiresAt: new Date(exp * 1000).toISOString() };
  }

  private async verifyOrderToken(token: string): Promise<string[]> {
    try {
      const { payload } = await jwtVerify(token, this.secret, { algorithms: ['HS256'], requiredClaims: ['exp'] });
      const orders = payload.orders;
      if (!Array.isArray(orders) || !orders.every((order): order is string => typeof order === 'string')) {
        throw new HubError('UNAUTHORIZED', 'the token has no valid orders claim');
      }
      return orders;
    } catch (error) {
      if (error instanceof HubError) {
        throw error;
      }
      const reason = error instanceof joseErrors.JWTExpired ? 'the token has expired' : 'the token is not valid';
      throw new HubError('UNAUTHORIZED', reason);
    }
  }
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
