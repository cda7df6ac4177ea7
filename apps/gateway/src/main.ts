import 'reflect-metadata';
import { loadConfigOrExit, loadEnv } from '@statushub/config';
import { startApp } from '@statushub/platform';
import { GatewayEnv, configureGateway } from '@statushub/streaming';
import { GatewayAppModule } from './gateway-app.module';

const env = loadConfigOrExit(() => loadEnv(GatewayEnv));
void startApp(GatewayAppModule.forRoot(env), { port: env.GATEWAY_PORT, configure: configureGateway });
