import { Module } from '@nestjs/common';
import { BalanceRepository } from './balance.repository';
import { BalanceUpdaterConsumer } from './balance-updater.consumer';
import { BalanceUpdaterMetrics } from './balance-updater.metrics';
import { DepositHandler } from './deposit.handler';

/** Needs the platform (config with a `BalanceUpdaterEnv`, NATS, metrics) imported by the app. */
@Module({
  providers: [BalanceRepository, BalanceUpdaterMetrics, DepositHandler, BalanceUpdaterConsumer],
})
export class BalanceUpdaterModule {}
