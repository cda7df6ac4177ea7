import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppProcess, startBuiltApp, waitForOk } from '../../support/app-process';
import { freePort } from '../../support/ports';
import { TestHub } from './hub';
import { ConnectionJson } from './sandbox';

const ROOT = join(__dirname, '..', '..', '..');
const MAIN = join(ROOT, 'dist', 'apps', 'poller', 'main.js');
const SOURCES = ['apps/poller', 'libs'];

/** Builds the poller (`npx nest build poller`) unless its bundle is newer than the sources, so the process tests run the code under test. */
export function ensurePollerBuilt(): void {
  if (modified(MAIN) > newestSource()) {
    return;
  }
  try {
    execFileSync('npx', ['nest', 'build', 'poller'], { cwd: ROOT, stdio: 'pipe', timeout: 180_000 });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`nest build poller failed:\n${String(stdout)}\n${String(stderr)}`);
  }
  // webpack does not rewrite an unchanged bundle: mark it as built from these sources.
  const now = new Date();
  utimesSync(MAIN, now, now);
}

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

function newestSource(): number {
  return Math.max(
    ...SOURCES.flatMap((dir) =>
      readdirSync(join(ROOT, dir), { recursive: true })
        .filter((file) => String(file).endsWith('.ts'))
        .map((file) => modified(join(ROOT, dir, String(file)))),
    ),
  );
}

function modified(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0; // not built yet
  }
}
