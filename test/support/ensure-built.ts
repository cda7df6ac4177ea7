import { execFileSync } from 'node:child_process';
import { readdirSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { AppName } from './app-process';

const ROOT = join(__dirname, '..', '..');

/**
 * Builds an app (`npx nest build <app>`) unless its bundle is newer than every source it can
 * include, so the process tests always run the code under test.
 */
export function ensureBuilt(app: AppName): void {
  const main = join(ROOT, 'dist', 'apps', app, 'main.js');
  if (modified(main) > Math.max(newest(join(ROOT, 'apps', app)), newest(join(ROOT, 'libs')))) {
    return;
  }
  try {
    execFileSync('npx', ['nest', 'build', app], { cwd: ROOT, stdio: 'pipe', timeout: 180_000 });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`nest build ${app} failed:\n${String(stdout)}\n${String(stderr)}`);
  }
  // webpack leaves an unchanged bundle untouched: mark it as built from these sources.
  const now = new Date();
  utimesSync(main, now, now);
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
