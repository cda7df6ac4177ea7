'use strict';
// Markdown table cells.

const missing = (value) => value === null || value === undefined || Number.isNaN(value);

const integer = (value) => (missing(value) ? '–' : Math.round(value).toLocaleString('en-US'));
const fixed = (digits) => (value) => (missing(value) ? '–' : value.toFixed(digits));
const ms = (value) => (missing(value) ? '–' : value < 10 ? value.toFixed(2) : value.toFixed(1));
const kb = (bytes) => (missing(bytes) ? '–' : (bytes / 1024).toFixed(1));
const percent = (share) => (missing(share) ? '–' : `${Math.round(share * 100)} %`);
const times = (value) => (missing(value) ? '–' : `${value.toFixed(2)}×`);

function table(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** A target's verdict: met, missed, or not measured. */
const verdict = (met) => (met === null || met === undefined ? 'not measured' : met ? '**met**' : '**missed**');

module.exports = { integer, fixed, ms, kb, percent, times, table, verdict };
