import { AppProcess, startBuiltApp, waitForOk } from '../../support/app-process';
import { NATS_URL } from '../../support/nats-namespace';
import { freePort } from '../../support/ports';
import { DATABASE_URL } from './postgres';

export interface Updater {
  app: AppProcess;
  port: number;
  /** Sum of every series of a counter on /metrics, optionally only those whose labels contain `labels`. */
  metric: (name: string, labels?: string) => Promise<number>;
}

/** Starts the built balance-updater (`npx nest build balance-updater`) and waits until it is ready. */
export async function startUpdater(env: { namespace: string; schema: string } & NodeJS.ProcessEnv): Promise<Updater> {
  const port = await freePort();
  const { namespace, schema, ...rest } = env;
  const app = startBuiltApp('balance-updater', {
    NATS_URL,
    DATABASE_URL,
    NATS_NAMESPACE: namespace,
    BALANCE_UPDATER_SCHEMA: schema,
    BALANCE_UPDATER_PORT: String(port),
    // Short, so a killed process's events come back and failed ones are retried within the test.
    BALANCE_UPDATER_ACK_WAIT_MS: '1000',
    BALANCE_UPDATER_RETRY_MIN_MS: '200',
    BALANCE_UPDATER_RETRY_MAX_MS: '1000',
    LOG_LEVEL: 'info',
    ...rest,
  });
  await waitForOk(`http://127.0.0.1:${port}/readyz`);
  return { app, port, metric: (name, labels) => readMetric(port, name, labels) };
}

async function readMetric(port: number, name: string, labels = ''): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  return text
    .split('\n')
    .filter((line) => (line.startsWith(`${name} `) || line.startsWith(`${name}{`)) && line.includes(labels))
    .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
}

/** Waits until `check` holds, retrying errors too (the consumer may not exist yet). */
export async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      if (await check()) {
        return;
      }
    } catch (error) {
      last = `: ${error instanceof Error ? error.message : JSON.stringify(error)}`;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}${last}`);
}
