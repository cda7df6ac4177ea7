import { Inject, Injectable } from '@nestjs/common';
import { ProviderConnection } from '@statushub/config';
import { HubError } from '@statushub/contract';
import { ProviderHttpClient } from '../http/provider-http.client';
import { ProviderAdapter } from '../provider-adapter';
import { createAdapters } from '../registry/create-adapters';

export const PROVIDER_CONNECTIONS = Symbol('PROVIDER_CONNECTIONS');

/** The configured connections' adapters, by connection name. */
@Injectable()
export class AdapterRegistry {
  private readonly adapters: Map<string, ProviderAdapter>;

  constructor(@Inject(PROVIDER_CONNECTIONS) connections: ProviderConnection[], http: ProviderHttpClient) {
    this.adapters = createAdapters(connections, http);
  }

  get(name: string): ProviderAdapter | undefined {
    return this.adapters.get(name);
  }

  /** For request handlers: an unknown connection is the caller's mistake (404 UNKNOWN_PROVIDER). */
  require(name: string): ProviderAdapter {
    const adapter = this.adapters.get(name);
    if (!adapter) {
      throw new HubError('UNKNOWN_PROVIDER', `no provider connection named "${name}"`, { provider: name });
    }
    return adapter;
  }

  names(): string[] {
    return [...this.adapters.keys()];
  }

  all(): ProviderAdapter[] {
    return [...this.adapters.values()];
  }
}
