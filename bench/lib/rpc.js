'use strict';
// Request/response over a child process's IPC channel: the runner drives every process it starts this way.

/** In a child: answers `{id, cmd, args}` with `{id, result}` or `{id, error}`. */
function serve(handlers) {
  process.on('message', async (message) => {
    if (!message || message.cmd === undefined) {
      return;
    }
    const { id, cmd, args } = message;
    try {
      const handler = handlers[cmd];
      if (!handler) {
        throw new Error(`unknown command ${cmd}`);
      }
      process.send({ id, result: await handler(args) });
    } catch (error) {
      process.send({ id, error: error instanceof Error ? error.stack : String(error) });
    }
  });
  // An orphaned load generator or server must not outlive the runner.
  process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));
}

/** In the parent: `call(cmd, args)` resolves with the child's answer. */
function caller(child, label) {
  let nextId = 0;
  const pending = new Map();
  child.on('message', (message) => {
    const waiter = message && pending.get(message.id);
    if (!waiter) {
      return;
    }
    pending.delete(message.id);
    if (message.error) {
      waiter.reject(new Error(`${label}: ${message.error}`));
    } else {
      waiter.resolve(message.result);
    }
  });
  child.once('exit', (code, signal) => {
    for (const waiter of pending.values()) {
      waiter.reject(new Error(`${label} exited (${code ?? signal}) before answering`));
    }
    pending.clear();
  });
  return (cmd, args) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      child.send({ id, cmd, args }, (error) => error && reject(error));
    });
}

module.exports = { serve, caller };
