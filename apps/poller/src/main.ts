import 'reflect-metadata';
import { loadConfigOrExit, loadEnv, loadProviderConnections } from '@statushub/config';
import { startApp } from '@statushub/platform';
import { validateProviderConnections } from '@statushub/providers';
import { PollerEnv } from '@statushub/watching';
import { PollerAppModule } from './poller-app.module';

const env = loadConfigOrExit(() => loadEnv(PollerEnv));
const connections = loadConfigOrExit(() => {
  const loaded = loadProviderConnections(env.HUB_PROVIDERS);
  validateProviderConnections(loaded);
  return loaded;
});
void startApp(PollerAppModule.forRoot(env, connections), { port: env.POLLER_PORT });
