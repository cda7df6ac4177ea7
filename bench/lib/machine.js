'use strict';
// What the figures were measured on.
const os = require('node:os');
const { connect } = require('@nats-io/transport-node');
const { openFileLimits } = require('./proc');

async function describeMachine(natsUrl) {
  const nc = await connect({ servers: natsUrl });
  const natsVersion = nc.info?.version;
  await nc.close();
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim(),
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
    kernel: `${os.type()} ${os.release()}`,
    node: process.version,
    natsServer: natsVersion,
    openFiles: openFileLimits(),
    loadAverageAtStart: os.loadavg().map((l) => Number(l.toFixed(2))),
  };
}

module.exports = { describeMachine };
