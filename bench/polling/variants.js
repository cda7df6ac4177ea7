'use strict';
// What polls the sandbox in a polling run: the bare undici loop, or one or two poller processes.
// Each started variant: procs, add(ids) to start watching payments, webhookUrl(id) (pollers), stop().
// The pollers get several connections (watches round-robin over them) so two can share them by lease.
const fs = require('node:fs');
const path = require('node:path');
const { startNode, freePort, waitForOk, sleep } = require('../lib/processes');
const { call } = require('../lib/http');
const { pool } = require('../lib/pool');
const { RESULTS_DIR } = require('../lib/report');
const { statusRequest, KIND, BEARER } = require('./sandbox');
const { API_KEY } = require('../fanout/variants');

const TOKEN_SECRET = 'bench-token-secret-0000000000000000000000';
const REGISTER_CONCURRENCY = 64;

async function startBareLoop({ sandbox, intervalMs }) {
  const loop = startNode('bench/polling/bare-loop.js', { label: 'bare-loop' });
  await loop.call('configure', { intervalMs, headers: statusRequest(sandbox.baseUrl, '').headers });
  return {
    procs: [loop],
    add: (ids) => loop.call('add', { urls: ids.map((id) => statusRequest(sandbox.baseUrl, id).url) }),
    stop: () => loop.stop(),
  };
}

async function startPollers({ sandbox, intervalMs, connections, namespace, natsUrl, processes }) {
  const providersFile = writeProviders(sandbox.baseUrl, intervalMs, connections, namespace);
  // Started together, so two pollers share the connections from the start instead of by handover.
  const pollers = await Promise.all(
    Array.from({ length: processes }, async (_, i) => {
      const port = await freePort();
      const env = {
        POLLER_PORT: String(port),
        HUB_PROVIDERS: providersFile,
        NATS_URL: natsUrl,
        NATS_NAMESPACE: namespace,
        HUB_API_KEYS: API_KEY,
        HUB_TOKEN_SECRET: TOKEN_SECRET,
        LOG_LEVEL: process.env.BENCH_POLLER_LOG_LEVEL ?? 'info',
      };
      const proc = startNode('dist/apps/poller/main.js', { env, probe: true, label: `poller-${i}` });
      const url = `http://127.0.0.1:${port}`;
      await waitForOk(`${url}/readyz`, proc);
      return { proc, url };
    }),
  );
  await leasesSettled(pollers, connections);
  let next = 0;
  const anyPoller = () => pollers[next++ % pollers.length].url;
  const headers = { authorization: `Bearer ${API_KEY}` };
  const connectionOfId = new Map(); // payment id -> its connection, round-robin
  const register = (id) => {
    const provider = `bench${connectionOfId.size % connections}`;
    connectionOfId.set(id, provider);
    return call('POST', `${anyPoller()}/v1/watches`, { provider, paymentId: id, orderId: `order-${id}` }, headers);
  };
  return {
    procs: pollers.map((p) => p.proc),
    add: (ids) => pool(ids, REGISTER_CONCURRENCY, register),
    webhookUrl: (id) => `${anyPoller()}/v1/webhooks/${connectionOfId.get(id)}`,
    stop: async () => {
      await Promise.all(pollers.map((p) => p.proc.stop(20_000)));
      fs.rmSync(providersFile, { force: true });
    },
  };
}

function writeProviders(baseUrl, pollIntervalMs, connections, namespace) {
  const providers = Array.from({ length: connections }, (_, i) => ({
    name: `bench${i}`,
    kind: KIND,
    baseUrl,
    auth: { bearer: BEARER },
    pollIntervalMs,
  }));
  const file = path.join(RESULTS_DIR, `providers-${namespace}.json`);
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ providers }));
  return file;
}

/** Every connection owned, shared as evenly as the pollers' fair share makes it. */
async function leasesSettled(pollers, connections, timeoutMs = 60_000) {
  const share = Math.ceil(connections / pollers.length);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const held = await Promise.all(pollers.map((p) => metric(p.url, 'statushub_poller_leases_held')));
    if (held.reduce((a, b) => a + b, 0) === connections && held.every((h) => h <= share)) {
      return held;
    }
    await sleep(250);
  }
  throw new Error(`poller leases did not settle within ${timeoutMs} ms`);
}

async function metric(url, name) {
  const text = await (await fetch(`${url}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line ? Number(line.split(' ')[1]) : 0;
}

const POLLING_VARIANTS = {
  bare: (context) => startBareLoop(context),
  poller: (context) => startPollers({ ...context, processes: 1 }),
  poller2: (context) => startPollers({ ...context, processes: 2 }),
};

module.exports = { POLLING_VARIANTS };
