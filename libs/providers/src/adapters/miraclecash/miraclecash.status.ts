import { CanonicalStatus } from '@statushub/contract';
import { isOneOf } from '../observation';

export const MIRACLECASH_STATUSES = ['pending', 'successful', 'unsuccessful', 'expired', 'cancelled'] as const;
type MiraclecashStatus = (typeof MIRACLECASH_STATUSES)[number];

/** CONTRACT §1; null for a status the document does not list. */
export function miraclecashStatus(raw: string): CanonicalStatus | null {
  return isOneOf(MIRACLECASH_STATUSES, raw) ? canonical(raw) : null;
}

function canonical(status: MiraclecashStatus): CanonicalStatus {
  switch (status) {
    case 'pending':
      return 'pending';
    case 'successful':
      return 'succeeded';
    case 'unsuccessful':
      return 'failed';
    case 'expired':
      return 'expired';
    case 'cancelled':
      return 'cancelled';
  }
}
