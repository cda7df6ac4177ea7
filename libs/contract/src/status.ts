export const CANONICAL_STATUSES = ['pending', 'processing', 'succeeded', 'failed', 'expired', 'cancelled'] as const;
export type CanonicalStatus = (typeof CANONICAL_STATUSES)[number];

export type TerminalStatus = Extract<CanonicalStatus, 'succeeded' | 'failed' | 'expired' | 'cancelled'>;

/** Position on the only road a payment travels: pending → processing → one terminal state. */
export function statusRank(status: CanonicalStatus): 0 | 1 | 2 {
  switch (status) {
    case 'pending':
      return 0;
    case 'processing':
      return 1;
    case 'succeeded':
    case 'failed':
    case 'expired':
    case 'cancelled':
      return 2;
  }
}

export function isTerminal(status: CanonicalStatus): status is TerminalStatus {
  return statusRank(status) === 2;
}

export function isCanonicalStatus(value: unknown): value is CanonicalStatus {
  return typeof value === 'string' && (CANONICAL_STATUSES as readonly string[]).includes(value);
}
