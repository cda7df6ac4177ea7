import { Test } from '@nestjs/testing';
import { ConfigError, loadProviderConnections } from '@statushub/config';
import { HubError } from '@statushub/contract';
import { AdapterRegistry, ProviderHttpClient, ProvidersModule } from '@statushub/providers';
import { Sandbox, SANDBOX_PROVIDERS_FILE, startSandbox } from './sandbox.harness';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());

describe('ProvidersModule', () => {
  it('gives an AdapterRegistry of the configured connections, sharing one HTTP client', async () => {
    const module = await Test.createTestingModule({
      imports: [ProvidersModule.forRoot(sandbox.connections())],
    }).compile();
    const registry = module.get(AdapterRegistry);
    expect(registry.names()).toEqual(['miraclecash', 'crypto-apikey', 'card-3ds', 'cyberpay', 'crypto-oauth']);
    await sandbox.admin.post('/admin/payments', { kind: 'cyberpay', id: 'm-1' });
    await expect(registry.require('cyberpay').fetchStatus('m-1')).resolves.toMatchObject({ status: 'pending' });
    expect(registry.get('nope')).toBeUndefined();
    expect(() => registry.require('nope')).toThrow(HubError);
    const close = jest.spyOn(module.get(ProviderHttpClient), 'close');
    await module.close();
    expect(close).toHaveBeenCalled();
  });

  it('builds from a factory, and refuses a bad connection before anything starts', async () => {
    const module = await Test.createTestingModule({
      imports: [ProvidersModule.forRootAsync({ useFactory: () => loadProviderConnections(SANDBOX_PROVIDERS_FILE) })],
    }).compile();
    expect(module.get(AdapterRegistry).all()).toHaveLength(5);
    await module.close();
    const bad = sandbox.connections();
    bad[3].auth = {};
    expect(() => ProvidersModule.forRoot(bad)).toThrow(ConfigError);
  });
});
