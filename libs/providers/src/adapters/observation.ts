import { Amount, CanonicalStatus, Observation } from '@statushub/contract';

export type ObservationDetail = Partial<Omit<Observation, 'status' | 'providerStatus'>>;

/** An observation with every field the provider does not give set to null. */
export function observation(
  status: CanonicalStatus | null,
  providerStatus: string,
  detail: ObservationDetail = {},
): Observation {
  return {
    status,
    providerStatus,
    providerSubstatus: detail.providerSubstatus ?? null,
    progress: detail.progress ?? null,
    amount: detail.amount ?? null,
    paymentType: detail.paymentType ?? null,
    txHash: detail.txHash ?? null,
  };
}

/** Narrows a provider's raw status to the values its document lists, so mappings can switch exhaustively. */
export function isOneOf<T extends string>(known: readonly T[], value: string): value is T {
  return (known as readonly string[]).includes(value);
}

/** null when the provider says nothing about money at all. */
export function amountOf(
  expected: string | null | undefined,
  received: string | null | undefined,
  currency: string | null | undefined,
): Amount | null {
  if (!expected && !received) {
    return null;
  }
  return { expected: expected ?? null, received: received ?? null, currency: currency ?? null };
}
