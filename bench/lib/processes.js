'use strict';
// Every process the bench starts: servers under test (with the probe preloaded) and load generators.
const { spawn } = require('node:child_process');
const { once } = require('node:events');
const net = require('node:net');
const path = require('node:path');
const { caller } = require('./rpc');
const { openFileLimits } = require('./proc');

const ROOT = path.join(__dirname, '..', '..');
const PROBE = path.join(__dirname, '..', 'servers', 'probe.js');
const OUTPUT_KEPT = 64 * 1024;

/**
 * Starts `node <script>` with an IPC channel. `probe: true` preloads the probe (memory, GC, CPU
 * profile on request) into a server that knows nothing of the bench. The soft limit of open files
 * is raised to the hard one when they differ.
 */
function startNode(script, { args = [], env = {}, probe = false, label = path.basename(script) } = {}) {
  const nodeArgs = [...(probe ? ['--expose-gc', '-r', PROBE] : []), path.resolve(ROOT, script), ...args];
  const { soft, hard } = openFileLimits();
  const [command, commandArgs] =
    soft < hard
      ? ['prlimit', [`--nofile=${hard}:${hard}`, process.execPath, ...nodeArgs]]
      : [process.execPath, nodeArgs];
  const child = spawn(command, commandArgs, {
    cwd: ROOT,
    env: { PATH: process.env.PATH, NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let output = '';
  const keep = (chunk) => (output = (output + chunk).slice(-OUTPUT_KEPT));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = once(child, 'exit').then(([code, signal]) => code ?? signal);
  return {
    label,
    child,
    pid: child.pid,
    call: caller(child, label),
    output: () => output,
    warnings: () => warnings(output),
    exited,
    stop: (timeoutMs = 10_000) => stopProcess(child, exited, timeoutMs),
  };
}

/** Pino warnings and errors among the kept output, counted by message (and code when there is one). */
function warnings(output) {
  const counts = {};
  for (const line of output.split('\n')) {
    if (!line.startsWith('{"level":')) {
      continue;
    }
    try {
      const { level, msg, code } = JSON.parse(line);
      if (level >= 40) {
        const key = code ? `${msg} (${code})` : msg;
        counts[key] = (counts[key] ?? 0) + 1;
      }
    } catch {
      // a line cut by the kept window
    }
  }
  return counts;
}

async function stopProcess(child, exited, timeoutMs) {
  if (child.exitCode !== null || child.signalCode !== null) {
    return exited;
  }
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  try {
    return await exited;
  } finally {
    clearTimeout(timer);
  }
}

async function freePort() {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Polls `url` until it answers 200; fails with the process's output if it exits or times out. */
async function waitForOk(url, proc, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc.child.exitCode !== null) {
      throw new Error(`${proc.label} exited while starting:\n${proc.output()}`);
    }
    try {
      if ((await fetch(url)).status === 200) {
        return;
      }
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`${proc.label}: ${url} did not answer 200 within ${timeoutMs} ms:\n${proc.output()}`);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

module.exports = { startNode, freePort, waitForOk, sleep, ROOT };
