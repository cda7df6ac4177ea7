/**
 * CPU of this process per cyberpay status call against a local server in another process: a bare
 * undici loop that only parses the answer (as bench/polling's baseline), then the adapter's
 * `fetchStatus`. 32 calls in flight, after a warm-up; three rounds, interleaved.
 *
 *   node -r ./libs/providers/bench/register.js libs/providers/bench/fetch-status.bench.ts
 */
import { ProviderConnection } from '@statushub/config';
import { spawn } from 'node:child_process';
import { Agent, request } from 'undici';
import { cyberpay } from '../src/adapters/cyberpay/cyberpay.adapter';
import { CYBERPAY_EXAMPLE, CYBERPAY_EXAMPLE_ID } from '../src/adapters/cyberpay/cyberpay.fixtures';
import { ProviderHttpClient } from '../src/http/provider-http.client';

const SERVER = `require('http')
  .createServer((_, response) => response.writeHead(200, { 'content-type': 'application/json' }).end(process.env.BODY))
  .listen(0, '127.0.0.1', function () { process.send(this.address().port); });`;
const CALLS = 30_000;
const IN_FLIGHT = 32;

async function run(calls: number, call: () => Promise<unknown>): Promise<void> {
  let left = calls;
  const worker = async () => {
    while (left-- > 0) {
      await call();
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
}

async function cpuPerCall(call: () => Promise<unknown>): Promise<number> {
  await run(CALLS / 5, call);
  const start = process.cpuUsage();
  await run(CALLS, call);
  const { user, system } = process.cpuUsage(start);
  return (user + system) / CALLS;
}

async function main(): Promise<void> {
  const server = spawn(process.execPath, ['-e', SERVER], {
    env: { ...process.env, BODY: CYBERPAY_EXAMPLE },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve) => server.once('message', (message) => resolve(message as number)));
  const baseUrl = `http://127.0.0.1:${port}`;
  const agent = new Agent({ connections: 256, keepAliveTimeout: 30_000, pipelining: 1 });
  const http = new ProviderHttpClient();
  const connection: ProviderConnection = {
    name: 'bench',
    kind: 'cyberpay',
    baseUrl,
    auth: { bearer: 'key' },
    pollIntervalMs: 1_000,
    timeoutMs: 5_000,
    maxWatchHours: 1,
  };
  const adapter = cyberpay.create(connection, http);
  const headers = { authorization: 'Bearer key', accept: 'application/json' };
  const bare = async () => {
    const response = await request(`${baseUrl}/v1/payment/status/x`, { dispatcher: agent, headers });
    return JSON.parse(await response.body.text()) as unknown;
  };
  for (let round = 1; round <= 3; round++) {
    const [baseline, adapted] = [
      await cpuPerCall(bare),
      await cpuPerCall(() => adapter.fetchStatus(CYBERPAY_EXAMPLE_ID)),
    ];
    console.log(
      `round ${round}: bare undici ${baseline.toFixed(1)} µs, fetchStatus ${adapted.toFixed(1)} µs per call (×${(adapted / baseline).toFixed(2)})`,
    );
  }
  await Promise.all([agent.close(), http.close()]);
  server.kill();
}

void main();
