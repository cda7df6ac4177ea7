'use strict';
// Fan-out: every scenario in rounds of bare, socket.io and the gateway run one after another
// (A B C A B C …), then per variant the median of each figure and the gateway's ratios to both baselines.
const { runFanout } = require('./run-fanout');
const { fanoutScenarios } = require('./scenarios');
const { VARIANTS } = require('./variants');
const { sum, medianFigures, pairedRatio, byRound } = require('../lib/stats');

const SMOKE = { id: 'smoke', clients: 1, orders: 1, steps: [{ rate: 10, count: 1 }] };

async function runFanoutSuite({ quick, rounds, scenarioIds, variantNames, natsUrl, profileDir, log }) {
  const variants = await availableVariants(variantNames, natsUrl, log);
  const all = fanoutScenarios(quick);
  const scenarios = scenarioIds.filter((id) => all[id]).map((id) => ({ id, ...all[id] }));
  const runs = [];
  for (const scenario of scenarios) {
    for (let round = 1; round <= rounds; round++) {
      for (const variant of variants.available) {
        const profile = profileDir && round === rounds ? profileDir : undefined;
        const run = await runFanout(variant, scenario, { natsUrl, profileDir: profile }).catch((error) => ({
          variant,
          scenario: scenario.id,
          error: error.message,
        }));
        runs.push({ round, ...run });
        log(describeRun(run));
      }
    }
  }
  return {
    scenarios,
    unavailable: variants.unavailable,
    runs,
    summary: summarize(scenarios, variants.available, runs),
  };
}

/** The gateway joins only once it streams: a one-client, one-event run must deliver. */
async function availableVariants(names, natsUrl, log) {
  const available = [];
  const unavailable = {};
  for (const name of names) {
    const variant = VARIANTS[name];
    if (!variant.built) {
      available.push(name); // the bench's own baselines
      continue;
    }
    if (!variant.built()) {
      unavailable[name] = 'not built (npm run build)';
      continue;
    }
    try {
      const run = await runFanout(name, SMOKE, { natsUrl });
      if (run.steps[0]?.delivered !== 1) {
        throw new Error(`delivered ${run.steps[0]?.delivered ?? 0} of 1 (${JSON.stringify(run.problems)})`);
      }
      available.push(name);
    } catch (error) {
      unavailable[name] = error.message.split('\n')[0];
      log(`fan-out: ${name} left out: ${unavailable[name]}`);
    }
  }
  return { available, unavailable };
}

/** The figures of one run; for saturation, those of the fastest step that passed. */
function figures(run, scenario) {
  if (run.error) {
    return null;
  }
  const passed = run.steps.filter((step) => step.pass);
  const step = scenario.saturation ? passed.at(-1) : run.steps[0];
  const failedStep = run.steps.find((s) => !s.pass);
  return {
    deliveredPerSecond: step?.deliveredPerSecond,
    p50: step?.latencyMs.p50,
    p99: step?.latencyMs.p99,
    max: step?.latencyMs.max,
    lost: scenario.saturation ? 0 : step?.lost,
    duplicates: sum(run.steps.map((s) => s.duplicates)),
    outOfOrder: sum(run.steps.map((s) => s.outOfOrder)),
    connectP50: run.connections.connectSubscribeMs.p50,
    connectP99: run.connections.connectSubscribeMs.p99,
    held: run.connections.held,
    connectionsPerSecond: run.connections.held / run.connections.seconds,
    rssPerConnection: run.connections.rssPerConnection,
    heapPerConnection: run.connections.heapPerConnection,
    serverCpuMsPer1k: step?.serverCpuMsPer1k,
    serverCpuShare: step?.serverCpuShare,
    serverLoopDelayP99: step?.serverLoopDelayMs?.p99,
    natsCpuShare: step?.natsCpuShare,
    otherCpuCores: step ? Math.max(0, step.otherCpuCores) : undefined,
    stoppedBy: scenario.saturation && failedStep ? stopReason(failedStep) : undefined,
  };
}

function stopReason(step) {
  if (!step.serverAlive) {
    return `server died at ${step.rate}/s`;
  }
  if (step.lost > 0) {
    return `loss at ${step.rate}/s`;
  }
  if (step.achievedRate < 0.95 * step.rate) {
    return `publisher fell behind at ${step.rate}/s (machine out of CPU)`;
  }
  return `p99 ${step.latencyMs.p99?.toFixed(1)} ms at ${step.rate}/s`;
}

function summarize(scenarios, variants, runs) {
  return scenarios.map((scenario) => {
    const rounds = byRound(
      runs.filter((r) => r.scenario === scenario.id),
      (r) => figures(r, scenario),
    );
    const byVariant = {};
    for (const variant of variants) {
      const rows = rounds.map((round) => round[variant]).filter(Boolean);
      byVariant[variant] = rows.length ? medianFigures(rows) : null;
    }
    return { id: scenario.id, title: scenario.title, byVariant, ratios: ratios(rounds) };
  });
}

const RATIO_KEYS = ['deliveredPerSecond', 'p50', 'p99', 'rssPerConnection', 'heapPerConnection', 'serverCpuMsPer1k'];

function ratios(rounds) {
  const of = (a, b) => Object.fromEntries(RATIO_KEYS.map((key) => [key, pairedRatio(rounds, a, b, key)]));
  return {
    gatewayToBare: of('gateway', 'bare'),
    gatewayToSocketio: of('gateway', 'socketio'),
    socketioToBare: of('socketio', 'bare'),
  };
}

function describeRun(run) {
  if (run.error) {
    return `fan-out ${run.scenario} ${run.variant}: FAILED ${run.error.split('\n')[0]}`;
  }
  const last = run.steps.at(-1);
  const steps = run.steps.length > 1 ? ` (${run.steps.length} steps, last ${last.rate}/s)` : '';
  return (
    `fan-out ${run.scenario} ${run.variant}: ${run.connections.held} conns, ` +
    `${Math.round(last.deliveredPerSecond)} msgs/s, p99 ${last.latencyMs.p99?.toFixed(2)} ms, lost ${last.lost}${steps}`
  );
}

/** The summary again from a saved result's runs (after the summary's rules changed). */
function resummarizeFanout(result) {
  const variants = [...new Set(result.runs.map((r) => r.variant))];
  return { ...result, summary: summarize(result.scenarios, variants, result.runs) };
}

module.exports = { runFanoutSuite, resummarizeFanout };
