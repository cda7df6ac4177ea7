import { randomBytes } from 'node:crypto';

const PRUNE_ABOVE = 10_000;

/** crypto-oauth access tokens: they really expire, and can all be revoked to provoke a 401. */
export class TokenStore {
  private readonly expiries = new Map<string, number>();
  issued = 0;

  constructor(public ttlSeconds: number) {}

  issue(now: number): { token: string; expiresIn: number } {
    if (this.expiries.size > PRUNE_ABOVE) {
      this.prune(now);
    }
    const token = randomBytes(24).toString('base64url');
    this.expiries.set(token, now + this.ttlSeconds * 1000);
    this.issued++;
    return { token, expiresIn: this.ttlSeconds };
  }

  valid(token: string | undefined, now: number): boolean {
    const expiry = token === undefined ? undefined : this.expiries.get(token);
    return expiry !== undefined && now < expiry;
  }

  active(now: number): number {
    this.prune(now);
    return this.expiries.size;
  }

  revokeAll(): void {
    this.expiries.clear();
  }

  private prune(now: number): void {
    for (const [token, expiry] of this.expiries) {
      if (expiry <= now) {
        this.expiries.delete(token);
      }
    }
  }
}
