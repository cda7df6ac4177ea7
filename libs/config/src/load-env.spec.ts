import { ConfigError, loadEnv } from './load-env';
import { HubEnv } from './hub.env';

const secure = { HUB_API_KEYS: 'key-aaaaaaaaaaaaaaaa, key-bbbbbbbbbbbbbbbb', HUB_TOKEN_SECRET: 's'.repeat(32) };

function problems(env: NodeJS.ProcessEnv): string[] {
  try {
    loadEnv(HubEnv, env);
  } catch (error) {
    if (error instanceof ConfigError) {
      return error.problems;
    }
    throw error;
  }
  return [];
}

describe('loadEnv', () => {
  it('applies defaults and parses lists', () => {
    const env = loadEnv(HubEnv, secure);
    expect(env).toMatchObject({ NATS_URL: 'nats://127.0.0.1:4222', LOG_LEVEL: 'info', HUB_AUTH: 'on' });
    expect(env.HUB_API_KEYS).toEqual(['key-aaaaaaaaaaaaaaaa', 'key-bbbbbbbbbbbbbbbb']);
  });

  it('accepts a cluster list of NATS URLs', () => {
    expect(loadEnv(HubEnv, { ...secure, NATS_URL: 'nats://a:4222,nats://b:4222' }).NATS_URL).toBe(
      'nats://a:4222,nats://b:4222',
    );
  });

  it('names each bad variable with what it got', () => {
    const found = problems({ ...secure, NATS_URL: 'http://x', LOG_LEVEL: 'loud', HUB_AUTH: 'maybe' });
    expect(found.map((line) => line.split(':')[0]).sort()).toEqual(['HUB_AUTH', 'LOG_LEVEL', 'NATS_URL']);
    expect(found.find((line) => line.startsWith('LOG_LEVEL'))).toContain('got "loud"');
  });

  it('requires keys and a secret while auth is on, and not when it is off', () => {
    expect(
      problems({})
        .map((line) => line.split(':')[0])
        .sort(),
    ).toEqual(['HUB_API_KEYS', 'HUB_TOKEN_SECRET']);
    expect(problems({ HUB_AUTH: 'off' })).toEqual([]);
  });

  it('refuses short API keys', () => {
    expect(problems({ ...secure, HUB_API_KEYS: 'short' })[0]).toMatch(/^HUB_API_KEYS: .*at least 16/);
  });
});
