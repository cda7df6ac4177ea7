import { Logger } from '@nestjs/common';
import { loadEnv } from '@statushub/config';
import { BalanceUpdaterEnv, Credit } from '@statushub/consumers';
import { BalanceRepository } from '../../libs/consumers/src/balance-updater/balance.repository';
import { DATABASE_URL, testSchema } from './support/postgres';

const db = testSchema('repo');
const env = loadEnv(BalanceUpdaterEnv, { DATABASE_URL, BALANCE_UPDATER_SCHEMA: db.schema });
// Two repositories with pools of their own stand for two balance-updater instances.
const instances = [new BalanceRepository(env), new BalanceRepository(env)];

beforeAll(() => Logger.overrideLogger(['error', 'warn']));

afterAll(async () => {
  await Promise.all(instances.map((repository) => repository.onApplicationShutdown()));
  await db.cleanup();
});

const credit = (paymentId: string, amount: string): Credit => ({
  provider: 'cyberpay',
  paymentId,
  playerId: 'p-race',
  currency: 'USD',
  amount,
  eventId: `cyberpay:${paymentId}:3`,
  version: 3,
});

describe('BalanceRepository against PostgreSQL', () => {
  it('creates its tables once when two instances start together', async () => {
    await Promise.all(instances.map((repository) => repository.ensureSchema()));
    expect(await db.creditedPayments()).toBe(0);
  });

  it('applies a payment once when instances credit it at the same moment', async () => {
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => instances[i % 2].credit(credit('race', '19.990'), i + 1)),
    );
    expect(results.filter((result) => result.applied)).toEqual([{ applied: true, balance: '19.990' }]);
    expect(await db.balance('p-race')).toBe('19.990');
  });

  it('keeps every digit of large and tiny amounts', async () => {
    await instances[0].credit(credit('big', '123456789012345678901234567890.5'), 100);
    await instances[1].credit(credit('tiny', '0.000000000000000000000000000001'), 101);
    expect(await db.balance('p-race')).toBe('123456789012345678901234567910.490000000000000000000000000001');
  });
});
