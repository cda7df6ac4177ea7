import { CanonicalStatus } from '@statushub/contract';
import { isOneOf } from '../observation';

export const CYBERPAY_STATUSES = [
  'pending_payment',
  'processing',
  'bridging',
  'settling',
  'completed',
  'failed',
  'expired',
  'cancelled',
] as const;
type CyberpayStatus = (typeof CYBERPAY_STATUSES)[number];

/** CONTRACT §1; null for a status the document does not list. The substatus is carried as given. */
export function cyberpayStatus(raw: string): CanonicalStatus | null {
  return isOneOf(CYBERPAY_STATUSES, raw) ? canonical(raw) : null;
}

function canonical(status: CyberpayStatus): CanonicalStatus {
  switch (status) {
    case 'pending_payment':
      return 'pending';
    case 'processing':
    case 'bridging':
    case 'settling':
      return 'processing';
    case 'completed':
      return 'succeeded';
    case 'failed':
      return 'failed';
    case 'expired':
      return 'expired';
    case 'cancelled':
      return 'cancelled';
  }
}
