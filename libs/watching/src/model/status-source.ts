import { Observation } from '@statushub/contract';

/**
 * What the scheduler needs of a provider connection: its adapter's status call, which resolves a
 * normalized observation or rejects with a typed error (see `toPollFailure`). The providers
 * library's adapters have this shape; tests use in-memory fakes.
 */
export interface StatusSource {
  fetchStatus(paymentId: string): Promise<Observation>;
}
