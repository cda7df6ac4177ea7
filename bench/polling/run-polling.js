'use strict';
// One polling run: the sandbox, then one variant (bare loop, one or two pollers) under the plan,
// the polls counted by the sandbox and the CPU of every process read from /proc.
const path = require('node:path');
const { createNamespace, natsServerPid } = require('../lib/namespace');
const { startNode, sleep } = require('../lib/processes');
const { CpuWindow } = require('../lib/proc');
const { Histogram, latencySummary } = require('../lib/histogram');
const { pool } = require('../lib/pool');
const { sum } = require('../lib/stats');
const { startSandbox, changingScript } = require('./sandbox');
const { POLLING_VARIANTS } = require('./variants');

/** A level is kept when the polls keep pace and land on schedule; the ramp goes on until clearly overloaded. */
const ON_SCHEDULE = 0.1;
const OVERLOADED = 0.5;

const ids = (prefix, count, from = 0) => Array.from({ length: count }, (_, i) => `${prefix}-${from + i}`);

async function runPolling(variantName, plan, { natsUrl, profileDir }) {
  const ns = await createNamespace(natsUrl);
  const sandbox = await startSandbox();
  const stoppers = [() => sandbox.proc.stop(), () => ns.remove()];
  let variant;
  try {
    const maxWatches = Math.max(...plan.rates) * (plan.intervalMs / 1000);
    // Enough changes to last through registration (at ≥ 100/s) and the window.
    const changes = Math.ceil((plan.windowMs + plan.changedWatches * 10) / plan.intervalMs) + 2;
    await sandbox.create(ids('p', maxWatches));
    await sandbox.create(ids('lag', 2 * plan.lagSamples));
    await sandbox.create(ids('chg', plan.changedWatches), changingScript(changes));
    variant = await POLLING_VARIANTS[variantName]({ sandbox, natsUrl, namespace: ns.namespace, ...plan });
    stoppers.unshift(() => variant.stop());
    // Profiles cover just the changed-poll window and the target level's window.
    const profilePrefix = profileDir && path.join(profileDir, `${variantName}-polling`);
    const rig = { sandbox, variant, plan, ns, natsPid: natsServerPid(natsUrl), profilePrefix };
    const changed = variant.webhookUrl ? await changedPolls(rig, changes) : null;
    const levels = await ramp(rig, natsUrl, ns.namespace, (detector) => stoppers.unshift(() => detector.stop(2000)));
    const warnings = variant.procs.map((p) => p.warnings());
    return { variant: variantName, changed, levels, warnings };
  } catch (error) {
    for (const proc of [sandbox.proc, ...(variant?.procs ?? [])]) {
      error.message += `\n--- ${proc.label} (exit ${proc.child.exitCode}) ---\n${proc.output().slice(-3000)}`;
    }
    throw error;
  } finally {
    for (const stop of stoppers) {
      await stop();
    }
  }
}

/** Watches whose every answer is a change: registered, then measured while they change, then let finish. */
async function changedPolls(rig, changes) {
  const { variant, plan, ns } = rig;
  const registeredAt = Date.now();
  await variant.add(ids('chg', plan.changedWatches));
  const registration = (Date.now() - registeredAt) / 1000;
  const window = await measureWindow(rig, { events: ns.lastSeq }, 'changed');
  await sleep(Math.max(0, changes * plan.intervalMs - (Date.now() - registeredAt)) + plan.intervalMs);
  return {
    ...window,
    watches: plan.changedWatches,
    eventsPerPoll: window.polls ? window.events / window.polls : null,
    registrationsPerSecond: plan.changedWatches / registration,
  };
}

async function ramp(rig, natsUrl, namespace, onDetector) {
  const { variant, plan } = rig;
  const lagIds = ids('lag', 2 * plan.lagSamples);
  await variant.add(lagIds);
  const watched = [];
  const levels = [];
  for (const rate of plan.rates) {
    const wanted = rate * (plan.intervalMs / 1000) - lagIds.length;
    const added = ids('p', wanted - watched.length, watched.length);
    const registeredAt = Date.now();
    await variant.add(added);
    const registrationsPerSecond = added.length / ((Date.now() - registeredAt) / 1000);
    watched.push(...added);
    await sleep(plan.settleMs);
    const window = await measureWindow(rig, {}, rate === plan.targetRate ? `unchanged-${rate}` : undefined);
    const accuracy = await scheduleAccuracy(rig.sandbox, watched, window.startedAt, window.endedAt, plan);
    const level = { rate, watches: watched.length + lagIds.length, registrationsPerSecond, ...window, ...accuracy };
    level.keptPace = level.pollsPerSecond >= 0.95 * rate;
    level.onSchedule = level.deviationP99 <= ON_SCHEDULE * plan.intervalMs;
    if (rate === plan.targetRate && variant.webhookUrl) {
      level.lag = await detectionLag(rig, lagIds, natsUrl, namespace, onDetector);
    }
    levels.push(level);
    if (!level.keptPace || level.deviationP99 > OVERLOADED * plan.intervalMs) {
      break;
    }
  }
  return levels;
}

/**
 * Polls per second and CPU per poll over the window, and how much each of `counters` grew in it;
 * with `profileAs` (and profiling on), the pollers' CPU profiles of the window.
 */
async function measureWindow({ sandbox, variant, plan, natsPid, profilePrefix }, counters = {}, profileAs) {
  const procs = variant.procs;
  const profiling = profilePrefix && profileAs;
  if (profiling) {
    await Promise.all(procs.map((p) => p.call('profileStart')));
  }
  const read = () => Promise.all([sandbox.calls(), ...Object.values(counters).map((count) => count())]);
  const loopDelays = () => Promise.all([...procs, sandbox.proc].map((p) => p.call('loopDelay')));
  const window = new CpuWindow([...procs.map((p) => p.pid), sandbox.proc.pid, natsPid]).start();
  const startedAt = Date.now();
  const [before] = await Promise.all([read(), loopDelays()]);
  await sleep(plan.windowMs);
  const [after, delays] = await Promise.all([read(), loopDelays()]);
  const [polls, ...grown] = after.map((value, i) => value - before[i]);
  const endedAt = Date.now();
  const { processes, machineBusyCores, wallSeconds } = window.stop();
  if (profiling) {
    const file = (i) => `${profilePrefix}-${profileAs}-${i}.cpuprofile`;
    await Promise.all(procs.map((p, i) => p.call('profileStop', { file: file(i) })));
  }
  const pollerUsage = processes.slice(0, procs.length);
  const cpuSeconds = sum(pollerUsage.map((u) => u.cpuSeconds));
  return {
    startedAt,
    endedAt,
    polls,
    ...Object.fromEntries(Object.keys(counters).map((name, i) => [name, grown[i]])),
    pollsPerSecond: polls / wallSeconds,
    cpuMicrosPerPoll: polls ? (cpuSeconds * 1e6) / polls : null,
    processCpuShares: pollerUsage.map((u) => u.cpuShare),
    sandboxCpuShare: processes[procs.length].cpuShare,
    loopDelayP99: Math.max(...delays.slice(0, procs.length).map((d) => d.p99)),
    sandboxLoopDelayP99: delays.at(-1).p99,
    otherCpuCores: Math.max(0, machineBusyCores - sum(processes.filter(Boolean).map((u) => u.cpuShare))),
  };
}

/** How far consecutive calls of one payment land from one interval apart, from the sandbox's call log. */
async function scheduleAccuracy(sandbox, watched, from, to, { accuracySample, intervalMs }) {
  const sample = Array.from({ length: accuracySample }, () => watched[Math.floor(Math.random() * watched.length)]);
  const deviation = new Histogram();
  await pool(sample, 16, async (id) => {
    const times = (await sandbox.callTimes(id)).filter((t) => t >= from && t <= to);
    for (let i = 1; i < times.length; i++) {
      deviation.record(Math.abs(times[i] - times[i - 1] - intervalMs) * 1000);
    }
  });
  const { p50, p99, max } = latencySummary(deviation);
  return { deviationP50: p50, deviationP99: p99, deviationMax: max, deviationSamples: deviation.count };
}

/** Change-to-event time: half the lag payments with a webhook right after the change, half left to the schedule. */
async function detectionLag({ sandbox, variant, plan }, lagIds, natsUrl, namespace, onDetector) {
  const detector = startNode('bench/polling/detector.js', { label: 'detector' });
  onDetector(detector);
  await detector.call('setup', { natsUrl, namespace });
  const target = (id, webhook) => ({
    id,
    advanceUrl: `${sandbox.url}/admin/payments/cyberpay/${id}/advance`,
    webhookUrl: webhook ? variant.webhookUrl(id) : undefined,
  });
  const half = plan.lagSamples;
  const [webhook, polled] = await Promise.all([
    detector.call('measure', {
      changes: lagIds.slice(0, half).map((id) => target(id, true)),
      spreadMs: plan.webhookSpreadMs,
      timeoutMs: 5000,
    }),
    detector.call('measure', {
      changes: lagIds.slice(half).map((id) => target(id, false)),
      spreadMs: plan.intervalMs,
      timeoutMs: 3 * plan.intervalMs + 5000,
    }),
  ]);
  const summary = ({ histogram, missed }) => ({ ...latencySummary(Histogram.from(histogram)), missed });
  return { webhook: summary(webhook), polled: summary(polled) };
}

module.exports = { runPolling };
