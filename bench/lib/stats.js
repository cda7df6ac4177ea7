'use strict';

function median(values) {
  const present = values.filter((value) => typeof value === 'number' && Number.isFinite(value));
  if (present.length === 0) {
    return null;
  }
  const sorted = present.slice().sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function ratio(value, baseline) {
  return typeof value === 'number' && typeof baseline === 'number' && baseline !== 0 ? value / baseline : null;
}

function sum(values) {
  return values.reduce((total, value) => total + value, 0);
}

/** Per figure, the median over rounds; `stoppedBy` (why a ramp stopped) is listed instead. */
function medianFigures(rows) {
  const out = { rounds: rows.length, stoppedBy: rows.map((r) => r.stoppedBy).filter(Boolean) };
  for (const key of Object.keys(rows[0]).filter((k) => k !== 'stoppedBy')) {
    out[key] = median(rows.map((r) => r[key]));
  }
  return out;
}

/**
 * The median over rounds of a ÷ b, each round's pair taken together: they ran back to back, so
 * what the rest of the machine did to that round cancels out.
 */
function pairedRatio(rounds, a, b, key) {
  return median(rounds.map((round) => ratio(round[a]?.[key], round[b]?.[key])));
}

/** Runs (with `round`, `variant`) as figures per round: [{ variant: figures }]. */
function byRound(runs, toFigures) {
  const rounds = new Map();
  for (const run of runs) {
    const figures = toFigures(run);
    if (figures) {
      rounds.set(run.round, { ...rounds.get(run.round), [run.variant]: figures });
    }
  }
  return [...rounds.values()];
}

module.exports = { median, ratio, sum, medianFigures, pairedRatio, byRound };
