import { ConfigError, describe, ProviderConnection } from '@statushub/config';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { ADAPTER_KINDS, adapterDefinition } from './adapters.list';

/**
 * Every connection's kind is known and its `auth` matches that kind's schema; otherwise one
 * `ConfigError` names each problem by its place in the file (`HUB_PROVIDERS.providers[2].auth.apiSecret`).
 */
export function validateProviderConnections(connections: readonly ProviderConnection[]): void {
  const problems = connections.flatMap((connection, i) =>
    connectionProblems(connection, `HUB_PROVIDERS.providers[${i}]`),
  );
  if (problems.length > 0) {
    throw new ConfigError(problems);
  }
}

function connectionProblems(connection: ProviderConnection, path: string): string[] {
  const definition = adapterDefinition(connection.kind);
  if (!definition) {
    return [`${path}.kind: unknown kind "${connection.kind}" (known: ${ADAPTER_KINDS.join(', ')})`];
  }
  const auth = plainToInstance(definition.authSchema, connection.auth ?? {});
  const errors = validateSync(auth, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true });
  return describe(errors, `${path}.auth`);
}
