import { ProviderConnection } from '@statushub/config';
import { ProviderHttpClient } from '../http/provider-http.client';
import { ProviderAdapter } from '../provider-adapter';
import { adapterDefinition } from './adapters.list';
import { validateProviderConnections } from './validate-connections';

/** One adapter per connection, by connection name; throws `ConfigError` for a bad connection. */
export function createAdapters(
  connections: readonly ProviderConnection[],
  http: ProviderHttpClient,
): Map<string, ProviderAdapter> {
  validateProviderConnections(connections);
  return new Map(
    connections.map((connection) => [connection.name, adapterDefinition(connection.kind)!.create(connection, http)]),
  );
}
