import { execFileSync } from 'node:child_process';
import { readdirSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const MAIN = join(ROOT, 'dist', 'apps', 'gateway', 'main.js');
const SOURCES = [
  'apps/gateway',
  'libs/streaming',
  'libs/contract',
  'libs/config',
  'libs/nats',
  'libs/state',
  'libs/auth',
  'libs/platform',
];

/**
 * Builds the gateway (`npx nest build gateway`) unless dist is newer than its sources, so the
 * process tests run the code under test. The build's type check covers the whole monorepo, where
 * others' work in progress may fail it: what counts here is that webpack compiled the bundle.
 */
export function ensureGatewayBuilt(): void {
  const sourcesChanged = Math.max(...SOURCES.map((dir) => newest(join(ROOT, dir))));
  if (modified(MAIN) > sourcesChanged) {
    return;
  }
  let output: string;
  try {
    output = execFileSync('npx', ['nest', 'build', 'gateway'], {
      cwd: ROOT,
      stdio: 'pipe',
      timeout: 120_000,
    }).toString();
  } catch (error) {
    output = String((error as { stdout?: Buffer }).stdout ?? error);
  }
  if (!/webpack .* compiled/.test(output) || modified(MAIN) === 0) {
    throw new Error(`nest build gateway did not compile:\n${output}`);
  }
  // webpack leaves an unchanged bundle untouched: mark it as current so the next run skips the build.
  const now = new Date();
  utimesSync(MAIN, now, now);
}

function newest(dir: string): number {
  return Math.max(
    0,
    ...readdirSync(dir, { withFileTypes: true }).map((entry) =>
      entry.isDirectory() ? newest(join(dir, entry.name)) : modified(join(dir, entry.name)),
    ),
  );
}

function modified(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}
