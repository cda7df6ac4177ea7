import { ConfigError, loadEnv } from '@statushub/config';
import { PollerEnv } from './poller.env';

const base = { HUB_AUTH: 'off', HUB_PROVIDERS: '/etc/providers.json' };

function problems(env: Record<string, string>): string[] {
  try {
    loadEnv(PollerEnv, { ...base, ...env });
    return [];
  } catch (error) {
    return (error as ConfigError).problems;
  }
}

describe('PollerEnv', () => {
  it('has a default for every setting but the providers file', () => {
    const env = loadEnv(PollerEnv, base);
    expect(env).toMatchObject({
      POLLER_PORT: 3001,
      POLLER_LEASE_TTL_MS: 6_000,
      POLLER_LEASE_RETRY_MS: 1_000,
      POLLER_RATE_PLAN_PERCENT: 90,
      POLLER_BACKOFF_MAX_MS: 60_000,
    });
    expect(problems({ HUB_PROVIDERS: '' })).toEqual([expect.stringMatching(/^HUB_PROVIDERS: /)]);
  });

  it('names each bad variable', () => {
    const found = problems({
      POLLER_LEASE_TTL_MS: '100',
      POLLER_MAX_IN_FLIGHT: 'many',
      POLLER_RATE_PLAN_PERCENT: '101',
    });
    expect(found.map((problem) => problem.split(':')[0]).sort()).toEqual([
      'POLLER_LEASE_TTL_MS',
      'POLLER_MAX_IN_FLIGHT',
      'POLLER_RATE_PLAN_PERCENT',
    ]);
  });

  it('wants the old-watch age above the young one', () => {
    expect(problems({ POLLER_YOUNG_WATCH_MS: '60000', POLLER_OLD_WATCH_MS: '60000' })).toEqual([
      expect.stringContaining('POLLER_OLD_WATCH_MS: must be greater than POLLER_YOUNG_WATCH_MS'),
    ]);
    expect(problems({ POLLER_YOUNG_WATCH_MS: '60000', POLLER_OLD_WATCH_MS: '60001' })).toEqual([]);
  });
});
