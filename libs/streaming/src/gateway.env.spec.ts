import { ConfigError, loadEnv } from '@statushub/config';
import { GatewayEnv } from './gateway.env';

const base = { HUB_API_KEYS: 'key-0123456789abcdef', HUB_TOKEN_SECRET: 's'.repeat(32) };

describe('GatewayEnv', () => {
  it('has a default for every gateway setting', () => {
    expect(loadEnv(GatewayEnv, base)).toMatchObject({
      GATEWAY_PORT: 3000,
      GATEWAY_MAX_SUBSCRIPTIONS: 100,
      GATEWAY_RATE_LIMIT_PER_SECOND: 20,
      GATEWAY_RATE_LIMIT_BURST: 50,
      GATEWAY_HEARTBEAT_MS: 30_000,
      GATEWAY_MAX_BUFFERED_BYTES: 1_048_576,
      GATEWAY_CATCH_UP_BUFFER: 1000,
      GATEWAY_CLOSE_GRACE_MS: 2000,
    });
  });

  it('reads numbers from the environment and names each bad one', () => {
    expect(loadEnv(GatewayEnv, { ...base, GATEWAY_MAX_SUBSCRIPTIONS: '7' }).GATEWAY_MAX_SUBSCRIPTIONS).toBe(7);
    try {
      loadEnv(GatewayEnv, { ...base, GATEWAY_HEARTBEAT_MS: '10', GATEWAY_MAX_BUFFERED_BYTES: 'lots' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/^GATEWAY_HEARTBEAT_MS: /m);
      expect(problems).toMatch(/^GATEWAY_MAX_BUFFERED_BYTES: /m);
    }
  });
});
