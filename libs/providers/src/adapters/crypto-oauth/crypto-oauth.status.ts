import { CanonicalStatus } from '@statushub/contract';
import { isOneOf } from '../observation';

export const CRYPTO_OAUTH_STATUSES = [
  'waiting',
  'confirming',
  'confirmed',
  'sending',
  'completed',
  'expired',
  'failed',
] as const;
type CryptoOauthStatus = (typeof CRYPTO_OAUTH_STATUSES)[number];

/** CONTRACT §1; null for a status the document does not list. */
export function cryptoOauthStatus(raw: string): CanonicalStatus | null {
  return isOneOf(CRYPTO_OAUTH_STATUSES, raw) ? canonical(raw) : null;
}

function canonical(status: CryptoOauthStatus): CanonicalStatus {
  switch (status) {
    case 'waiting':
      return 'pending';
    case 'confirming':
    case 'confirmed':
    case 'sending':
      return 'processing';
    case 'completed':
      return 'succeeded';
    case 'expired':
      return 'expired';
    case 'failed':
      return 'failed';
  }
}
