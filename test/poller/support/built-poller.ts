import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppProcess, startBuiltApp, waitForOk } from '../../support/app-process';
import { freePort } from '../../support/ports';
import { TestHub } from './hub';
import { ConnectionJson } from './sandbox';

export interface PollerProcess {
  app: AppProcess;
  url: string;
}

/** `node dist/apps/poller/main.js` with this hub's environment and a providers file of `connections`. */
export async function spawnPoller(
  hub: TestHub,
  connections: ConnectionJson[],
  extra: Record<string, string> = {},
): Promise<PollerProcess> {
  const file = join(mkdtempSync(join(tmpdir(), 'poller-e2e-')), 'providers.json');
  writeFileSync(file, JSON.stringify({ providers: connections }));
  const port = await freePort();
  const app = startBuiltApp('poller', { ...hub.env(extra), HUB_PROVIDERS: file, POLLER_PORT: String(port) });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForOk(`${url}/readyz`, 20_000);
  } catch (error) {
    app.child.kill('SIGKILL');
    throw new Error(`${(error as Error).message}\n${app.output()}`);
  }
  return { app, url };
}
