import { ProviderConnection } from '@statushub/config';
import { CanonicalStatus, Observation } from '@statushub/contract';
import { ClassConstructor } from 'class-transformer';
import { ProviderHttpClient } from './http/provider-http.client';

/** One configured provider connection, ready to ask for a payment's status. */
export interface ProviderAdapter {
  readonly kind: string;
  readonly connection: ProviderConnection;
  /** Resolves the payment's normalized status, or rejects with a `ProviderError`. */
  fetchStatus(paymentId: string, signal?: AbortSignal): Promise<Observation>;
}

/** Everything the hub knows about one kind of provider API; one per folder under `adapters/`. */
export interface AdapterDefinition {
  readonly kind: string;
  /** class-validator schema of the connection's `auth` object (CONTRACT §6). */
  readonly authSchema: ClassConstructor<object>;
  /** Where the kind's webhook body carries the payment id (CONTRACT §3). */
  readonly webhookIdPath: readonly string[];
  /** The provider statuses its document lists. */
  readonly knownStatuses: readonly string[];
  /** CONTRACT §1 for this kind: null for a status it does not know. */
  readonly canonicalStatus: (raw: string) => CanonicalStatus | null;
  /** `connection.auth` has been validated against `authSchema` before this is called. */
  create(connection: ProviderConnection, http: ProviderHttpClient): ProviderAdapter;
}
