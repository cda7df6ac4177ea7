import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppName, startBuiltApp, stopApp, waitForOk } from '../support/app-process';
import { ensureBuilt } from '../support/ensure-built';
import { NATS_URL, testNamespace } from '../support/nats-namespace';
import { freePort } from '../support/ports';

const space = testNamespace('apps');
const providersFile = join(mkdtempSync(join(tmpdir(), 'hub-')), 'providers.json');
writeFileSync(
  providersFile,
  JSON.stringify({
    providers: [
      { name: 'cyberpay', kind: 'cyberpay', baseUrl: 'http://127.0.0.1:4010/cyberpay', auth: { bearer: 'env:CP_KEY' } },
    ],
  }),
);
const secure = {
  NATS_URL,
  NATS_NAMESPACE: space.namespace,
  HUB_API_KEYS: 'test-key-0123456789abcdef',
  HUB_TOKEN_SECRET: 'test-secret-0123456789abcdef0123456789',
  HUB_PROVIDERS: providersFile,
  CP_KEY: 'cp-secret',
  LOG_LEVEL: 'warn',
};

beforeAll(() => (['poller', 'gateway'] as const).forEach((app) => ensureBuilt(app)));
afterAll(() => space.cleanup());

describe.each<[AppName, string]>([
  ['poller', 'POLLER_PORT'],
  ['gateway', 'GATEWAY_PORT'],
])('%s process', (app, portVariable) => {
  it('answers /healthz, turns /readyz ready against the real NATS, and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const proc = startBuiltApp(app, { ...secure, [portVariable]: String(port) });
    try {
      await waitForOk(`http://127.0.0.1:${port}/readyz`);
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(await health.json()).toEqual({ status: 'ok' });
      const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
      expect(metrics).toContain('process_resident_memory_bytes');
    } finally {
      expect(await stopApp(proc)).toBe(0);
    }
  });

  it('exits non-zero at once, naming the variable, on a bad configuration', async () => {
    const proc = startBuiltApp(app, { ...secure, [portVariable]: 'not-a-port' });
    expect(await proc.exited).not.toBe(0);
    expect(proc.output()).toMatch(new RegExp(`^\\s+${portVariable}: .*integer`, 'm'));
  });

  it('names a missing secret when auth is on', async () => {
    const proc = startBuiltApp(app, { ...secure, HUB_TOKEN_SECRET: '' });
    expect(await proc.exited).not.toBe(0);
    expect(proc.output()).toMatch(/HUB_TOKEN_SECRET: .*must be set when HUB_AUTH is on/);
  });
});

describe('poller configuration', () => {
  it('names the variable a providers file needs', async () => {
    const proc = startBuiltApp('poller', { ...secure, POLLER_PORT: String(await freePort()), CP_KEY: '' });
    expect(await proc.exited).not.toBe(0);
    expect(proc.output()).toContain('HUB_PROVIDERS.providers[0].auth.bearer: environment variable CP_KEY is not set');
  });
});
