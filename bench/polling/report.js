'use strict';
// Polling targets (issue 6) and table.
const { integer, ms, percent, times, table, fixed } = require('../lib/format');

const TITLES = { bare: 'bare undici loop', poller: 'poller ×1', poller2: 'poller ×2' };

const ROWS = [
  ['unchanged polls/s (highest level kept)', 'pollsPerSecond', integer],
  ['… per process', 'pollsPerSecondPerProcess', integer],
  ['CPU per unchanged poll (µs)', 'cpuMicrosPerPoll', integer],
  ['CPU per changed poll (µs)', 'cpuMicrosPerChangedPoll', integer],
  ['events published per changed poll', 'eventsPerChangedPoll', fixed(2)],
  ['schedule deviation p50 (ms)', 'deviationP50', ms],
  ['schedule deviation p99 (ms)', 'deviationP99', ms],
  ['detection lag, webhook p50 (ms)', 'webhookLagP50', ms],
  ['detection lag, webhook p99 (ms)', 'webhookLagP99', ms],
  ['detection lag, polled p50 (ms)', 'polledLagP50', ms],
  ['detection lag, polled p99 (ms)', 'polledLagP99', ms],
  ['changes never detected', 'lagMissed', integer],
  ['watch registrations/s', 'registrationsPerSecond', integer],
  ['event-loop delay p99 of the polling process(es) (ms)', 'loopDelayP99', ms],
  ['sandbox event-loop delay p99 (ms)', 'sandboxLoopDelayP99', ms],
  ['sandbox CPU (share of a core)', 'sandboxCpuShare', percent],
  ['other load on the machine (cores)', 'otherCpuCores', fixed(2)],
];

function pollingTargets({ summary, plan }) {
  const poller = summary.byVariant.poller;
  const known = (value) => value !== null && value !== undefined;
  const cpuRatio = summary.ratios.cpuPerPollPollerToBare;
  const deviationShare = known(poller?.deviationP99) ? poller.deviationP99 / plan.intervalMs : null;
  return [
    {
      target: `≥ 3,000 unchanged polls/s from one poller process`,
      value: `${integer(poller?.pollsPerSecondPerProcess)}${poller?.cappedByPlan ? ' (every level kept)' : ''}`,
      met: known(poller?.pollsPerSecondPerProcess) ? poller.pollsPerSecondPerProcess >= 3000 : null,
    },
    {
      target: 'CPU per unchanged poll ≤ 1.5 × bare loop',
      value: times(cpuRatio),
      met: known(cpuRatio) ? cpuRatio <= 1.5 : null,
    },
    {
      target: 'schedule accuracy p99 within 10 % of the interval',
      value: known(deviationShare)
        ? `${ms(poller.deviationP99)} ms = ${percent(deviationShare)} of ${plan.intervalMs} ms`
        : '–',
      met: known(deviationShare) ? deviationShare <= 0.1 : null,
    },
    {
      target: 'webhook-triggered detection lag p99 < 100 ms',
      value: `${ms(poller?.webhookLagP99)} ms`,
      met: known(poller?.webhookLagP99) ? poller.webhookLagP99 < 100 : null,
    },
  ];
}

function pollingTables({ summary, plan }) {
  const variants = Object.keys(summary.byVariant).filter((v) => summary.byVariant[v]);
  const rows = ROWS.map(([label, key, format]) => [label, ...variants.map((v) => format(summary.byVariant[v][key]))]);
  const stops = variants
    .filter((v) => summary.byVariant[v].stoppedBy.length)
    .map((v) => `${TITLES[v]}: ${summary.byVariant[v].stoppedBy.join('; ')}`);
  const { ratios } = summary;
  return [
    `One cyberpay connection set (${plan.connections} connections) against the sandbox, interval ${plan.intervalMs} ms; ` +
      `offered rates ${plan.rates.join(', ')} polls/s (watches = rate × interval), ${plan.windowMs / 1000} s windows; ` +
      `CPU, accuracy and lag at ${plan.targetRate}/s. Medians of rounds ` +
      `(${variants.map((v) => `${TITLES[v]} ${summary.byVariant[v].rounds}`).join(', ')}).` +
      (stops.length ? ` Stopped by: ${stops.join(' · ')}.` : ''),
    '',
    table(['', ...variants.map((v) => TITLES[v])], rows),
    '',
    `Ratios: CPU per unchanged poll, poller ÷ bare ${times(ratios.cpuPerPollPollerToBare)}, two pollers ÷ bare ` +
      `${times(ratios.cpuPerPollTwoPollersToBare)}; changed ÷ unchanged poll ${times(ratios.changedToUnchanged)}; ` +
      `polls/s, poller ÷ bare ${times(ratios.capacityPollerToBare)}, two pollers ÷ one ${times(ratios.scalingTwoPollersToOne)}.`,
  ].join('\n');
}

module.exports = { pollingTargets, pollingTables };
