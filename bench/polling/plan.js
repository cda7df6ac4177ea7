'use strict';
// Polling runs (issue 6): the unchanged-poll rate raised level by level (more watches at one
// interval), changed polls measured on their own first, detection lag at the target level.
// A short interval keeps the watch count (and registration time) down; accuracy is judged against it.
// Windows are whole intervals, so every watch is polled the same number of times in one.

function pollingPlan(quick) {
  return quick
    ? {
        intervalMs: 500,
        connections: 4,
        settleMs: 1000,
        windowMs: 1500,
        rates: [200, 400],
        targetRate: 400,
        accuracySample: 20,
        lagSamples: 20,
        webhookSpreadMs: 500,
        changedWatches: 50,
      }
    : {
        intervalMs: 1000,
        connections: 4,
        settleMs: 3000,
        windowMs: 10_000,
        rates: [1000, 2000, 3000, 4500, 6000, 8000],
        targetRate: 3000,
        accuracySample: 200,
        lagSamples: 100,
        webhookSpreadMs: 2000,
        changedWatches: 300,
      };
}

module.exports = { pollingPlan };
