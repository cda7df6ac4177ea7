import { CanonicalStatus } from '@statushub/contract';
import { isOneOf } from '../observation';

export const CRYPTO_APIKEY_STATUSES = [
  'pending',
  'partially_paid',
  'confirming',
  'confirmed',
  'completed',
  'failed',
  'expired',
] as const;
type CryptoApikeyStatus = (typeof CRYPTO_APIKEY_STATUSES)[number];

/** CONTRACT §1; null for a status the document does not list. */
export function cryptoApikeyStatus(raw: string): CanonicalStatus | null {
  return isOneOf(CRYPTO_APIKEY_STATUSES, raw) ? canonical(raw) : null;
}

function canonical(status: CryptoApikeyStatus): CanonicalStatus {
  switch (status) {
    case 'pending':
      return 'pending';
    case 'partially_paid':
    case 'confirming':
    case 'confirmed':
      return 'processing';
    case 'completed':
      return 'succeeded';
    case 'failed':
      return 'failed';
    case 'expired':
      return 'expired';
  }
}
