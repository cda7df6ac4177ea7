'use strict';
// A NATS namespace of its own for every server run: its stream is made before the server starts
// (bounded, so saturation runs cannot fill the disk) and everything in it is deleted afterwards.
const { randomBytes } = require('node:crypto');
const { connect } = require('@nats-io/transport-node');
const { jetstreamManager, StorageType, DiscardPolicy } = require('@nats-io/jetstream');
const { natsNames, allEventsFilter } = require('./contract');

const STREAM_MAX_BYTES = 1024 ** 3;

async function withManager(natsUrl, work) {
  const nc = await connect({ servers: natsUrl });
  try {
    return await work(await jetstreamManager(nc));
  } finally {
    await nc.close();
  }
}

async function createNamespace(natsUrl) {
  const namespace = `bench_${randomBytes(4).toString('hex')}`;
  const names = natsNames(namespace);
  await withManager(natsUrl, (jsm) =>
    jsm.streams.add({
      name: names.stream,
      subjects: [allEventsFilter(names)],
      storage: StorageType.File,
      max_bytes: STREAM_MAX_BYTES,
      discard: DiscardPolicy.Old,
    }),
  );
  return { namespace, names, remove: () => deleteNamespace(natsUrl, namespace) };
}

async function deleteNamespace(natsUrl, namespace) {
  await withManager(natsUrl, async (jsm) => {
    for (const name of await jsm.streams.names().next()) {
      if (name.startsWith(`${namespace}_`) || name.startsWith(`KV_${namespace}_`)) {
        await jsm.streams.delete(name);
      }
    }
  });
}

module.exports = { createNamespace, deleteNamespace };
