import 'reflect-metadata';
import { loadConfigOrExit, loadEnv } from '@statushub/config';
import { startApp } from '@statushub/platform';
import { SandboxEnv } from '@statushub/sandbox';
import { SandboxAppModule } from './sandbox-app.module';

const env = loadConfigOrExit(() => loadEnv(SandboxEnv));
void startApp(SandboxAppModule.forRoot(env), { port: env.SANDBOX_PORT });
