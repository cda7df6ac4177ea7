import { ConfigError, loadEnv } from '@statushub/config';
import { BalanceUpdaterEnv } from './balance-updater.env';

function problemVariables(env: NodeJS.ProcessEnv): string[] {
  try {
    loadEnv(BalanceUpdaterEnv, env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) {
      return error.problems.map((line) => line.split(':')[0]).sort();
    }
    throw error;
  }
}

describe('BalanceUpdaterEnv', () => {
  it('runs on defaults alone: it serves no authenticated API, so auth is off unless asked for', () => {
    expect(loadEnv(BalanceUpdaterEnv, {})).toMatchObject({
      HUB_AUTH: 'off',
      BALANCE_UPDATER_PORT: 3002,
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres',
      BALANCE_UPDATER_SCHEMA: 'public',
      BALANCE_UPDATER_CONSUMER: 'balance-updater',
      BALANCE_UPDATER_ACK_WAIT_MS: 30_000,
    });
  });

  it('still asks for keys and a secret when auth is turned on', () => {
    expect(problemVariables({ HUB_AUTH: 'on' })).toEqual(['HUB_API_KEYS', 'HUB_TOKEN_SECRET']);
  });

  it('names every bad variable', () => {
    const bad = {
      BALANCE_UPDATER_PORT: '70000',
      DATABASE_URL: 'mysql://x',
      BALANCE_UPDATER_SCHEMA: 'Drop Table',
      BALANCE_UPDATER_CONSUMER: 'a.b',
      BALANCE_UPDATER_ACK_WAIT_MS: '10',
      BALANCE_UPDATER_RETRY_MIN_MS: 'soon',
    };
    expect(problemVariables(bad)).toEqual(Object.keys(bad).sort());
  });
});
