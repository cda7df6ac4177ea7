import 'reflect-metadata';
import { loadConfigOrExit, loadEnv, loadProviderConnections } from '@statushub/config';
import { startApp } from '@statushub/platform';
import { PollerEnv } from '@statushub/watching';
import { PollerAppModule } from './poller-app.module';

const env = loadConfigOrExit(() => loadEnv(PollerEnv));
const connections = loadConfigOrExit(() => loadProviderConnections(env.HUB_PROVIDERS));
void startApp(PollerAppModule.forRoot(env, connections), { port: env.POLLER_PORT });
