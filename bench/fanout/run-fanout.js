'use strict';
// One run: one server (variant) under one scenario, with the publisher and the client load
// generators as separate processes and the server's CPU and memory read from /proc.
const path = require('node:path');
const { createNamespace, natsServerPid } = require('../lib/namespace');
const { startNode, freePort, waitForOk, sleep } = require('../lib/processes');
const { CpuWindow, rssBytes } = require('../lib/proc');
const { Histogram, latencySummary } = require('../lib/histogram');
const { sum } = require('../lib/stats');
const { VARIANTS } = require('./variants');

const CONNECTIONS_PER_CLIENT_PROCESS = 5000;
const OPEN_CONCURRENCY = 200;
const SATURATION_P99_MS = 100;

async function runFanout(variantName, scenario, { natsUrl, profileDir }) {
  const variant = VARIANTS[variantName];
  const ns = await createNamespace(natsUrl);
  const port = await freePort();
  const server = startNode(variant.script, {
    env: { NATS_URL: natsUrl, NATS_NAMESPACE: ns.namespace, ...variant.env(port) },
    probe: true,
    label: variantName,
  });
  const load = [];
  try {
    await waitForOk(`http://127.0.0.1:${port}${variant.health}`, server);
    const publisher = startNode('bench/load/publisher.js', { label: 'publisher' });
    const processCount = Math.max(2, Math.ceil(scenario.clients / CONNECTIONS_PER_CLIENT_PROCESS));
    const clients = Array.from({ length: processCount }, (_, i) =>
      startNode('bench/load/clients.js', { label: `clients-${i}` }),
    );
    load.push(publisher, ...clients);
    await publisher.call('setup', { natsUrl, namespace: ns.namespace, orderCount: scenario.orders });

    const rig = { server, publisher, clients, natsPid: natsServerPid(natsUrl), scenario };
    const profileFile = (phase) =>
      profileDir && path.join(profileDir, `${variantName}-${scenario.id}-${phase}.cpuprofile`);
    const connections = await profiled(server, profileFile('connect'), () => connectAll(rig, variant, port));
    const steps = await profiled(server, profileFile('stream'), () => runSteps(rig));
    const problems = mergeProblems(await Promise.all(clients.map((c) => c.call('summary'))));
    return { variant: variantName, scenario: scenario.id, connections, steps, problems, warnings: server.warnings() };
  } catch (error) {
    error.message += `\n--- ${variantName} output ---\n${server.output().slice(-4000)}`;
    throw error;
  } finally {
    await Promise.all(load.map((p) => p.stop(2000)));
    await server.stop();
    await ns.remove();
  }
}

/** Opens every client connection; memory per connection is the growth of the (GC'd) server it causes. */
async function connectAll({ server, clients, scenario }, variant, port) {
  const before = await serverMemory(server);
  const started = process.hrtime.bigint();
  const opened = await Promise.all(
    clients.map((client, p) =>
      client.call('open', {
        kind: variant.client,
        url: variant.url(port),
        credentials: variant.credentials ?? {},
        orders: assignOrders(scenario, p, clients.length),
        concurrency: OPEN_CONCURRENCY,
      }),
    ),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const after = await serverMemory(server);
  const held = sum(opened.map((o) => o.opened));
  const summaries = await Promise.all(clients.map((c) => c.call('summary')));
  const connectTimes = summaries.reduce((h, c) => h.merge(Histogram.from(c.connectTimes)), new Histogram());
  return {
    attempted: scenario.clients,
    held,
    failed: sum(opened.map((o) => o.failed)),
    seconds,
    connectSubscribeMs: latencySummary(connectTimes),
    rssPerConnection: (after.rss - before.rss) / held,
    heapPerConnection: (after.heapUsed - before.heapUsed) / held,
    rssAfter: after.rss,
  };
}

/** Connection i follows order i % orders; process p opens connections p, p + n, p + 2n, … */
function assignOrders({ clients, orders }, p, n) {
  const assigned = [];
  for (let i = p; i < clients; i += n) {
    assigned.push([i % orders]);
  }
  return assigned;
}

async function serverMemory(server) {
  const { heapUsed } = await server.call('memory');
  return { heapUsed, rss: rssBytes(server.pid) };
}

/** The scenario's steps in order, up to the first that fails (saturation) or a dead server. */
async function runSteps(rig) {
  const steps = [];
  for (const step of rig.scenario.steps) {
    steps.push(await runStep(rig, step));
    if (!steps.at(-1).pass || rig.server.child.exitCode !== null) {
      break;
    }
  }
  return steps;
}

async function runStep({ server, publisher, clients, natsPid, scenario }, step) {
  await Promise.all([...clients.map((c) => c.call('reset')), server.call('loopDelay')]);
  const window = new CpuWindow([server.pid, natsPid, publisher.pid, ...clients.map((c) => c.pid)]).start();
  const published = await publisher.call('publish', step);
  const subscribersPerOrder = scenario.clients / scenario.orders;
  const expected = published.sent * subscribersPerOrder;
  const drainedAfter = await drain(clients, expected);
  const { processes, machineBusyCores } = window.stop();
  const loopDelayMs = await server.call('loopDelay');
  const [serverUsage, natsUsage, publisherUsage, ...clientUsage] = processes;
  const collected = await Promise.all(clients.map((c) => c.call('collect', { counts: published.counts })));
  const latency = collected.reduce((h, c) => h.merge(Histogram.from(c.latency)), new Histogram());
  const delivered = sum(collected.map((c) => c.received));
  const seconds = published.seconds + drainedAfter;
  const result = {
    rate: step.rate,
    achievedRate: published.sent / published.seconds,
    expected,
    delivered,
    deliveredPerSecond: delivered / seconds,
    lost: sum(collected.map((c) => c.lost)),
    duplicates: sum(collected.map((c) => c.duplicates)),
    outOfOrder: sum(collected.map((c) => c.outOfOrder)),
    latencyMs: latencySummary(latency),
    serverCpuShare: serverUsage.cpuSeconds / seconds,
    serverCpuMsPer1k: delivered ? (serverUsage.cpuSeconds * 1e6) / delivered : null,
    serverPeakRss: serverUsage.peakRss,
    natsCpuShare: natsUsage ? natsUsage.cpuSeconds / seconds : null,
    loadCpuShare: sum([publisherUsage, ...clientUsage].map((u) => u.cpuSeconds)) / seconds,
    otherCpuCores: Math.max(0, machineBusyCores - sum(processes.filter(Boolean).map((u) => u.cpuShare))),
    serverLoopDelayMs: loopDelayMs,
    serverAlive: server.child.exitCode === null,
  };
  result.pass = passes(result, scenario);
  return result;
}

function passes(step, scenario) {
  const withinLatency = !scenario.saturation || (step.latencyMs.p99 ?? Infinity) <= SATURATION_P99_MS;
  const keptPace = !scenario.saturation || step.achievedRate >= 0.95 * step.rate;
  return step.serverAlive && step.lost === 0 && withinLatency && keptPace;
}

/** Waits until the clients got `expected` messages or stop receiving; returns seconds until the last arrival. */
async function drain(clients, expected, quietMs = 1000, maxMs = 15_000) {
  const started = Date.now();
  let last = -1;
  let lastProgressAt = started;
  while (Date.now() - started < maxMs) {
    const received = sum((await Promise.all(clients.map((c) => c.call('progress')))).map((p) => p.received));
    if (received !== last) {
      last = received;
      lastProgressAt = Date.now();
    }
    if (received >= expected || Date.now() - lastProgressAt > quietMs) {
      break;
    }
    await sleep(20);
  }
  return (lastProgressAt - started) / 1000;
}

/** Runs `work` while the server records a CPU profile into `file`, when there is one. */
async function profiled(server, file, work) {
  if (!file) {
    return work();
  }
  await server.call('profileStart');
  try {
    return await work();
  } finally {
    await server.call('profileStop', { file });
  }
}

function mergeProblems(collected) {
  const merged = {};
  for (const { problems } of collected) {
    for (const [problem, count] of Object.entries(problems)) {
      merged[problem] = (merged[problem] ?? 0) + count;
    }
  }
  return merged;
}

module.exports = { runFanout };
