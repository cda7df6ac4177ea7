import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from './load-env';
import { loadProviderConnections, parseProviderConnections } from './provider-connections';

function problems(raw: unknown, env: NodeJS.ProcessEnv = {}): string[] {
  try {
    parseProviderConnections(raw, env);
  } catch (error) {
    if (error instanceof ConfigError) {
      return error.problems;
    }
    throw error;
  }
  return [];
}

const cyberpay = {
  name: 'cyberpay',
  kind: 'cyberpay',
  baseUrl: 'http://127.0.0.1:4010/cyberpay',
  auth: { bearer: 'env:CP_KEY' },
};

describe('provider connections file (CONTRACT §6)', () => {
  it('resolves env: references and applies defaults', () => {
    const [connection] = parseProviderConnections({ providers: [cyberpay] }, { CP_KEY: 'secret' });
    expect(connection).toMatchObject({ auth: { bearer: 'secret' }, pollIntervalMs: 5000, maxWatchHours: 25 });
    expect(connection.rateLimitPerMinute).toBeUndefined();
  });

  it('names a missing environment variable by its place in the file', () => {
    expect(problems({ providers: [cyberpay] })).toEqual([
      'HUB_PROVIDERS.providers[0].auth.bearer: environment variable CP_KEY is not set',
    ]);
  });

  it('names bad URLs, names, numbers and duplicates', () => {
    const bad = { ...cyberpay, name: 'Cyber Pay', baseUrl: 'not a url', pollIntervalMs: 'fast' };
    const found = problems({ providers: [bad, cyberpay, cyberpay] }, { CP_KEY: 'k' });
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^HUB_PROVIDERS\.providers\[0\]\.name: /),
        expect.stringMatching(/^HUB_PROVIDERS\.providers\[0\]\.baseUrl: /),
        expect.stringMatching(/^HUB_PROVIDERS\.providers\[0\]\.pollIntervalMs: /),
        'HUB_PROVIDERS.providers[2].name: "cyberpay" is used twice',
      ]),
    );
  });

  it('names an unreadable file', () => {
    expect(() => loadProviderConnections('/nonexistent/providers.json')).toThrow(/HUB_PROVIDERS: cannot read/);
  });

  it('reads a file', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'hub-')), 'providers.json');
    writeFileSync(path, JSON.stringify({ providers: [cyberpay] }));
    expect(loadProviderConnections(path, { CP_KEY: 'k' })).toHaveLength(1);
  });
});
