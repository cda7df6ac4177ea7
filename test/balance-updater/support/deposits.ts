import { CanonicalStatus, PaymentStatusData, isTerminal } from '@statushub/contract';

export interface DepositSpec {
  paymentId: string;
  playerId?: string;
  received?: string | null;
  expected?: string;
  currency?: string;
  status?: CanonicalStatus;
  version?: number;
}

/** A payment's `data` as the poller publishes it (CONTRACT §2), for a casino deposit. */
export function depositData(spec: DepositSpec): PaymentStatusData {
  const status = spec.status ?? 'succeeded';
  return {
    orderId: `order-${spec.paymentId}`,
    provider: 'cyberpay',
    paymentId: spec.paymentId,
    version: spec.version ?? 3,
    status,
    previousStatus: 'processing',
    terminal: isTerminal(status),
    providerStatus: status,
    providerSubstatus: null,
    progress: null,
    amount: { expected: spec.expected ?? '10.00', received: spec.received ?? null, currency: spec.currency ?? 'USD' },
    paymentType: null,
    txHash: null,
    observedAt: new Date().toISOString(),
    via: 'poll',
    metadata: spec.playerId === undefined ? {} : { playerId: spec.playerId },
  };
}
