import 'reflect-metadata';
import { loadConfigOrExit, loadEnv } from '@statushub/config';
import { BalanceUpdaterEnv } from '@statushub/consumers';
import { startApp } from '@statushub/platform';
import { BalanceUpdaterAppModule } from './balance-updater-app.module';

const env = loadConfigOrExit(() => loadEnv(BalanceUpdaterEnv));
void startApp(BalanceUpdaterAppModule.forRoot(env), { port: env.BALANCE_UPDATER_PORT });
