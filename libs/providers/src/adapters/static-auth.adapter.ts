import { ProviderConnection } from '@statushub/config';
import { Observation } from '@statushub/contract';
import { ClassConstructor, plainToInstance } from 'class-transformer';
import { ProviderHttpClient } from '../http/provider-http.client';
import { ProviderAdapter } from '../provider-adapter';
import { fetchObservation, StatusApi } from './status-api';

/** An adapter whose credentials are fixed in the connection (API keys, Basic, a static bearer). */
export class StaticAuthAdapter<Auth extends object> implements ProviderAdapter {
  constructor(
    readonly kind: string,
    readonly connection: ProviderConnection,
    private readonly http: ProviderHttpClient,
    private readonly auth: Auth,
    private readonly api: StatusApi<Auth>,
  ) {}

  fetchStatus(paymentId: string, signal?: AbortSignal): Promise<Observation> {
    return fetchObservation(this.http, this.connection, this.api, this.auth, paymentId, signal);
  }
}

/** The connection's `auth` as its kind's schema class (already validated by the registry). */
export function authOf<Auth extends object>(schema: ClassConstructor<Auth>, connection: ProviderConnection): Auth {
  return plainToInstance(schema, connection.auth);
}
