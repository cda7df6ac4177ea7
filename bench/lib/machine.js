'use strict';
// What the figures were measured on.
const os = require('node:os');
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
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
    code: codeVersion(),
  };
}

/** The commit measured, whether the apps and libs differed from it, and when each app was built. */
function codeVersion() {
  const root = path.join(__dirname, '..', '..');
  const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  const builtAt = (app) => {
    const file = path.join(root, 'dist', 'apps', app, 'main.js');
    return fs.existsSync(file) ? fs.statSync(file).mtime.toISOString() : null;
  };
  try {
    const changed = git('status', '--porcelain', '--', 'apps', 'libs').split('\n').filter(Boolean).length;
    return {
      commit: git('rev-parse', '--short', 'HEAD'),
      uncommittedFiles: changed,
      built: Object.fromEntries(['gateway', 'poller', 'sandbox'].map((app) => [app, builtAt(app)])),
    };
  } catch {
    return null; // not a git checkout
  }
}

module.exports = { describeMachine };
