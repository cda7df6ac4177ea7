import { CanonicalStatus } from '@statushub/contract';
import { ClassConstructor } from 'class-transformer';
import { AdapterDefinition } from '../provider-adapter';
import { StatusApi } from './status-api';
import { authOf, StaticAuthAdapter } from './static-auth.adapter';

export interface StaticAuthKind<Auth extends object> {
  kind: string;
  authSchema: ClassConstructor<Auth>;
  webhookIdPath: readonly string[];
  knownStatuses: readonly string[];
  canonicalStatus: (raw: string) => CanonicalStatus | null;
  api: StatusApi<Auth>;
}

/** The definition of a kind whose credentials are fixed in its connection. */
export function staticAuthKind<Auth extends object>(spec: StaticAuthKind<Auth>): AdapterDefinition {
  return {
    kind: spec.kind,
    authSchema: spec.authSchema,
    webhookIdPath: spec.webhookIdPath,
    knownStatuses: spec.knownStatuses,
    canonicalStatus: spec.canonicalStatus,
    create: (connection, http) =>
      new StaticAuthAdapter(spec.kind, connection, http, authOf(spec.authSchema, connection), spec.api),
  };
}
