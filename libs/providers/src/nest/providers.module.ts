import { DynamicModule, FactoryProvider, Module, ModuleMetadata, Provider } from '@nestjs/common';
import { ProviderConnection } from '@statushub/config';
import { ProviderHttpClient, ProviderHttpOptions } from '../http/provider-http.client';
import { validateProviderConnections } from '../registry/validate-connections';
import { AdapterRegistry, PROVIDER_CONNECTIONS } from './adapter.registry';

export interface ProvidersModuleAsyncOptions extends Pick<ModuleMetadata, 'imports'> {
  inject?: FactoryProvider['inject'];
  useFactory: (...args: never[]) => ProviderConnection[] | Promise<ProviderConnection[]>;
  http?: ProviderHttpOptions;
}

/** The shared HTTP client and the `AdapterRegistry` of the given connections. */
@Module({})
export class ProvidersModule {
  /** Validates `connections` at once: a bad one throws `ConfigError` before Nest starts. */
  static forRoot(connections: ProviderConnection[], http: ProviderHttpOptions = {}): DynamicModule {
    validateProviderConnections(connections);
    return ProvidersModule.build([{ provide: PROVIDER_CONNECTIONS, useValue: connections }], http);
  }

  static forRootAsync(options: ProvidersModuleAsyncOptions): DynamicModule {
    const connections = { provide: PROVIDER_CONNECTIONS, inject: options.inject, useFactory: options.useFactory };
    return { ...ProvidersModule.build([connections], options.http ?? {}), imports: options.imports };
  }

  private static build(connections: Provider[], http: ProviderHttpOptions): DynamicModule {
    const client = { provide: ProviderHttpClient, useFactory: () => new ProviderHttpClient(http) };
    return {
      module: ProvidersModule,
      providers: [...connections, client, AdapterRegistry],
      exports: [ProviderHttpClient, AdapterRegistry],
    };
  }
}
