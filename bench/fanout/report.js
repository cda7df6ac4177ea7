'use strict';
// Fan-out targets (issue 6) and tables.
const { integer, ms, kb, percent, times, table, fixed } = require('../lib/format');

const VARIANT_TITLES = { bare: 'bare ws+NATS', socketio: 'socket.io', gateway: 'gateway' };

const ROWS = [
  ['delivered msgs/s', 'deliveredPerSecond', integer],
  ['latency p50 (ms)', 'p50', ms],
  ['latency p99 (ms)', 'p99', ms],
  ['latency max (ms)', 'max', ms],
  ['lost', 'lost', integer],
  ['order violations', 'outOfOrder', integer],
  ['duplicates', 'duplicates', integer],
  ['connect+subscribe p50 (ms)', 'connectP50', ms],
  ['connect+subscribe p99 (ms)', 'connectP99', ms],
  ['connections held', 'held', integer],
  ['connections opened per second', 'connectionsPerSecond', integer],
  ['RSS per connection (KB)', 'rssPerConnection', kb],
  ['heap per connection (KB)', 'heapPerConnection', kb],
  ['server CPU per 1,000 msgs (ms)', 'serverCpuMsPer1k', ms],
  ['server CPU (share of a core)', 'serverCpuShare', percent],
  ['server event-loop delay p99 (ms)', 'serverLoopDelayP99', ms],
  ['nats-server CPU (share of a core)', 'natsCpuShare', percent],
  ['other load on the machine (cores)', 'otherCpuCores', fixed(2)],
];

function fanoutTargets(summary) {
  const scenario = (id) => summary.find((s) => s.id === id);
  const gateway = (id) => scenario(id)?.byVariant.gateway;
  const ratioTo = (id, baseline, key) => scenario(id)?.ratios[`gatewayTo${baseline}`][key] ?? null;
  const atMost = (value, limit) => (value === null || value === undefined ? null : value <= limit);
  const atLeast = (value, limit) => (value === null || value === undefined ? null : value >= limit);
  const e = gateway('e');
  return [
    {
      target: 'saturation (d) ≥ 0.85 × bare',
      value: times(ratioTo('d', 'Bare', 'deliveredPerSecond')),
      met: atLeast(ratioTo('d', 'Bare', 'deliveredPerSecond'), 0.85),
    },
    {
      target: 'saturation (d) ≥ 1.25 × socket.io',
      value: times(ratioTo('d', 'Socketio', 'deliveredPerSecond')),
      met: atLeast(ratioTo('d', 'Socketio', 'deliveredPerSecond'), 1.25),
    },
    {
      target: 'RSS/connection (b) ≤ 1.25 × bare',
      value: times(ratioTo('b', 'Bare', 'rssPerConnection')),
      met: atMost(ratioTo('b', 'Bare', 'rssPerConnection'), 1.25),
    },
    { target: 'p99 ≤ 5 ms in (b)', value: `${ms(gateway('b')?.p99)} ms`, met: atMost(gateway('b')?.p99, 5) },
    { target: 'p99 ≤ 20 ms in (c)', value: `${ms(gateway('c')?.p99)} ms`, met: atMost(gateway('c')?.p99, 20) },
    {
      target: '19,900 connections held with no loss (e)',
      value: e ? `${integer(e.held)} held, ${integer(e.lost)} lost` : '–',
      met: e ? e.held >= 19_900 && e.lost === 0 : null,
    },
  ];
}

function fanoutTables({ summary, unavailable }) {
  const sections = summary.map(({ id, title, byVariant, ratios }) => {
    const variants = Object.keys(byVariant);
    const header = [
      '',
      ...variants.map((v) => VARIANT_TITLES[v]),
      'gateway ÷ bare',
      'gateway ÷ socket.io',
      'socket.io ÷ bare',
    ];
    const rows = ROWS.map(([label, key, format]) => [
      label,
      ...variants.map((v) => format(byVariant[v]?.[key])),
      ...['gatewayToBare', 'gatewayToSocketio', 'socketioToBare'].map((r) => times(ratios[r][key] ?? null)),
    ]);
    const stops = variants
      .filter((v) => byVariant[v]?.stoppedBy.length)
      .map((v) => `${VARIANT_TITLES[v]}: ${byVariant[v].stoppedBy.join('; ')}`);
    const rounds = variants.map((v) => `${VARIANT_TITLES[v]} ${byVariant[v]?.rounds ?? 0}`).join(', ');
    return [
      `#### (${id}) ${title}`,
      '',
      `Medians of rounds (${rounds}).${stops.length ? ` Stopped by: ${stops.join(' · ')}.` : ''}`,
      '',
      table(header, rows),
    ].join('\n');
  });
  const left = Object.entries(unavailable).map(([v, why]) => `- ${VARIANT_TITLES[v]} not measured: ${why}`);
  return [...left, ...(left.length ? [''] : []), ...sections].join('\n\n');
}

module.exports = { fanoutTargets, fanoutTables };
