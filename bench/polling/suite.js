'use strict';
// Polling: rounds of the bare loop, one poller and two pollers run one after another, then per
// variant the median of each figure and the ratios that answer the targets.
const { runPolling } = require('./run-polling');
const { pollingPlan } = require('./plan');
const { median, ratio, medianFigures, pairedRatio, byRound } = require('../lib/stats');

const VARIANTS = ['bare', 'poller', 'poller2'];
const PROCESSES = { bare: 1, poller: 1, poller2: 2 };

async function runPollingSuite({ quick, rounds, natsUrl, profileDir, log }) {
  const plan = pollingPlan(quick);
  const runs = [];
  for (let round = 1; round <= rounds; round++) {
    for (const variant of VARIANTS) {
      const profile = profileDir && round === rounds ? profileDir : undefined;
      const run = await runPolling(variant, plan, { natsUrl, profileDir: profile }).catch((error) => ({
        variant,
        error: error.message,
      }));
      runs.push({ round, ...run });
      log(describeRun(run));
    }
  }
  return { plan, runs, summary: summarize(plan, runs) };
}

/** The figures of one run: capacity from the highest level that kept pace; the rest at the target level. */
function figures(run, plan) {
  if (run.error) {
    return null;
  }
  const kept = run.levels.filter((level) => level.keptPace && level.onSchedule);
  const best = kept.at(-1);
  const target = run.levels.find((level) => level.rate === plan.targetRate);
  const failed = run.levels.find((level) => !level.keptPace || !level.onSchedule);
  return {
    pollsPerSecond: best?.pollsPerSecond ?? null,
    pollsPerSecondPerProcess: best ? best.pollsPerSecond / PROCESSES[run.variant] : null,
    cappedByPlan: kept.length === plan.rates.length ? 1 : 0,
    cpuMicrosPerPoll: target?.cpuMicrosPerPoll ?? null,
    cpuMicrosPerChangedPoll: run.changed?.cpuMicrosPerPoll ?? null,
    eventsPerChangedPoll: run.changed?.eventsPerPoll ?? null,
    deviationP50: target?.deviationP50 ?? null,
    deviationP99: target?.deviationP99 ?? null,
    webhookLagP50: target?.lag?.webhook.p50 ?? null,
    webhookLagP99: target?.lag?.webhook.p99 ?? null,
    polledLagP50: target?.lag?.polled.p50 ?? null,
    polledLagP99: target?.lag?.polled.p99 ?? null,
    lagMissed: target?.lag ? target.lag.webhook.missed + target.lag.polled.missed : null,
    registrationsPerSecond: run.variant === 'bare' ? null : median(run.levels.map((l) => l.registrationsPerSecond)),
    loopDelayP99: target?.loopDelayP99 ?? null,
    sandboxLoopDelayP99: target?.sandboxLoopDelayP99 ?? null,
    sandboxCpuShare: target?.sandboxCpuShare ?? null,
    otherCpuCores: target ? Math.max(0, target.otherCpuCores) : null,
    stoppedBy: failed ? stopReason(failed, plan) : undefined,
  };
}

function stopReason(level, plan) {
  if (!level.keptPace) {
    return `${Math.round(level.pollsPerSecond)} of ${level.rate} polls/s`;
  }
  return `schedule p99 off by ${Math.round(level.deviationP99)} ms (> 10 % of ${plan.intervalMs} ms) at ${level.rate}/s`;
}

function summarize(plan, runs) {
  const rounds = byRound(runs, (r) => figures(r, plan));
  const byVariant = {};
  for (const variant of VARIANTS) {
    const rows = rounds.map((round) => round[variant]).filter(Boolean);
    byVariant[variant] = rows.length ? medianFigures(rows) : null;
  }
  const of = (a, b, key) => pairedRatio(rounds, a, b, key);
  return {
    byVariant,
    ratios: {
      cpuPerPollPollerToBare: of('poller', 'bare', 'cpuMicrosPerPoll'),
      cpuPerPollTwoPollersToBare: of('poller2', 'bare', 'cpuMicrosPerPoll'),
      capacityPollerToBare: of('poller', 'bare', 'pollsPerSecond'),
      scalingTwoPollersToOne: of('poller2', 'poller', 'pollsPerSecond'),
      changedToUnchanged: median(
        rounds.map((r) => ratio(r.poller?.cpuMicrosPerChangedPoll, r.poller?.cpuMicrosPerPoll)),
      ),
    },
  };
}

function describeRun(run) {
  if (run.error) {
    return `polling ${run.variant}: FAILED ${run.error.split('\n')[0]}`;
  }
  const last = run.levels.at(-1);
  return (
    `polling ${run.variant}: ${run.levels.length} levels, last ${last.rate}/s offered → ` +
    `${Math.round(last.pollsPerSecond)} polls/s, ${last.cpuMicrosPerPoll?.toFixed(0)} µs CPU/poll, ` +
    `schedule p99 ${last.deviationP99?.toFixed(0)} ms${last.keptPace && last.onSchedule ? '' : ' (not kept)'}`
  );
}

/** The summary again from a saved result's runs (after the summary's rules changed). */
function resummarizePolling(result) {
  return { ...result, summary: summarize(result.plan, result.runs) };
}

module.exports = { runPollingSuite, resummarizePolling };
