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

/** Field-by-field medians of records that share a shape (numbers only; other fields from the first record). */
function medianRecord(records) {
  const [first] = records;
  const out = {};
  for (const key of Object.keys(first)) {
    out[key] = typeof first[key] === 'number' ? median(records.map((record) => record[key])) : first[key];
  }
  return out;
}

module.exports = { median, ratio, sum, medianRecord };
