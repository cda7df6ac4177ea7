import { CanonicalStatus } from '@statushub/contract';
import { isOneOf } from '../observation';

export const CARD_3DS_STATUSES = ['ENROLLED', 'SUCCESS', 'FAILED', 'CANCELLED'] as const;
type Card3dsStatus = (typeof CARD_3DS_STATUSES)[number];

/**
 * CONTRACT §1. The document treats every status other than SUCCESS, FAILED and CANCELLED as
 * still in progress, so an unlisted one is `processing`, the one kind where that is not a guess.
 */
export function card3dsStatus(raw: string): CanonicalStatus {
  return isOneOf(CARD_3DS_STATUSES, raw) ? canonical(raw) : 'processing';
}

function canonical(status: Card3dsStatus): CanonicalStatus {
  switch (status) {
    case 'ENROLLED':
      return 'pending';
    case 'SUCCESS':
      return 'succeeded';
    case 'FAILED':
      return 'failed';
    case 'CANCELLED':
      return 'cancelled';
  }
}
