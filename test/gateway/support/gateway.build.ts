import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
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
 * process tests run the code under test. The build's type check covers the whole monorepo: its
 * exit code is not ours to judge here, only whether it wrote a fresh bundle.
 */
export function ensureGatewayBuilt(): void {
  const sourcesChanged = Math.max(...SOURCES.map((dir) => newest(join(ROOT, dir))));
  if (modified(MAIN) > sourcesChanged) {
    return;
  }
  const started = Date.now();
  let output = '';
  try {
    execFileSync('npx', ['nest', 'build', 'gateway'], { cwd: ROOT, stdio: 'pipe', timeout: 120_000 });
  } catch (error) {
    output = String((error as { stdout?: Buffer }).stdout ?? error);
  }
  if (modified(MAIN) < started - 1000) {
    throw new Error(`nest build gateway wrote no bundle:\n${output}`);
  }
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
