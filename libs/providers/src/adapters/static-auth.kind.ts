import { ClassConstructor } from 'class-transformer';
import { AdapterDefinition } from '../provider-adapter';
import { StatusApi } from './status-api';
import { authOf, StaticAuthAdapter } from './static-auth.adapter';

export interface StaticAuthKind<Auth extends object> {
  kind: string;
  authSchema: ClassConstructor<Auth>;
  webhookIdPath: readonly string[];
  api: StatusApi<Auth>;
}

/** The definition of a kind whose credentials are fixed in its connection. */
export function staticAuthKind<Auth extends object>(spec: StaticAuthKind<Auth>): AdapterDefinition {
  return {
    kind: spec.kind,
    authSchema: spec.authSchema,
    webhookIdPath: spec.webhookIdPath,
    create: (connection, http) =>
      new StaticAuthAdapter(spec.kind, connection, http, authOf(spec.authSchema, connection), spec.api),
  };
}
