import { ClassConstructor } from 'class-transformer';
import { HubEnv, loadEnv, parseProviderConnections } from '@statushub/config';
import { BalanceUpdaterEnv } from '@statushub/consumers';
import { SandboxEnv } from '@statushub/sandbox';
import { GatewayEnv } from '@statushub/streaming';
import { PollerEnv } from '@statushub/watching';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** No Docker engine runs here, so this keeps docker-compose.yml true to the code instead. */
const root = join(__dirname, '..', '..');
const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'), { merge: true });
const nestCli = JSON.parse(readFileSync(join(root, 'nest-cli.json'), 'utf8'));

const APPS: Record<string, { env: ClassConstructor<HubEnv>; port: string }> = {
  poller: { env: PollerEnv, port: 'POLLER_PORT' },
  gateway: { env: GatewayEnv, port: 'GATEWAY_PORT' },
  sandbox: { env: SandboxEnv, port: 'SANDBOX_PORT' },
  'balance-updater': { env: BalanceUpdaterEnv, port: 'BALANCE_UPDATER_PORT' },
};

/** `${NAME:-default}` as compose interpolates it with NAME unset. */
function interpolate(value: unknown): string {
  return String(value).replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1');
}

interface ComposeService {
  build?: { dockerfile: string; args: { APP: string } };
  environment: Record<string, string>;
  ports: string[];
}

const appServices = Object.entries(compose.services as Record<string, ComposeService>).filter(
  ([, service]) => service.build,
);

describe('docker-compose.yml', () => {
  it('runs NATS with JetStream on a volume, and every app', () => {
    expect(compose.services.nats.command).toEqual(expect.arrayContaining(['-js', '-sd']));
    expect(compose.services.nats.volumes[0]).toMatch(/^nats-data:/);
    expect(Object.keys(compose.volumes)).toContain('nats-data');
    expect(appServices.map(([name]) => name).sort()).toEqual(Object.keys(APPS).sort());
  });

  it.each(appServices)('builds %s with the one Dockerfile from an app nest-cli knows', (name, service) => {
    expect(service.build?.dockerfile).toBe('Dockerfile');
    expect(existsSync(join(root, service.build?.dockerfile ?? ''))).toBe(true);
    expect(service.build?.args.APP).toBe(name);
    expect(nestCli.projects[name]?.type).toBe('application');
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts[`start:${name}`]).toBeDefined();
  });

  it.each(appServices)('gives %s only settings its code reads, valid ones, and publishes its port', (name, service) => {
    const { env: envClass, port } = APPS[name];
    const environment = Object.fromEntries(
      Object.entries(service.environment).map(([key, value]) => [key, interpolate(value)]),
    );
    const loaded = loadEnv(envClass, environment) as unknown as Record<string, string | number>;
    for (const key of Object.keys(environment)) {
      expect({ [key]: key in loaded }).toEqual({ [key]: true });
    }
    expect(service.ports).toEqual([`${loaded[port]}:${loaded[port]}`]);
  });

  it('points the poller at a providers file in the image whose connections reach the sandbox service', () => {
    const path = compose.services.poller.environment.HUB_PROVIDERS.replace(/^\/app\//, '');
    const connections = parseProviderConnections(JSON.parse(readFileSync(join(root, path), 'utf8')), {});
    expect(connections.length).toBeGreaterThan(0);
    const sandboxPort = compose.services.sandbox.environment.SANDBOX_PORT;
    for (const connection of connections) {
      expect(connection.baseUrl).toMatch(new RegExp(`^http://sandbox:${sandboxPort}/${connection.kind}$`));
    }
  });
});
