'use strict';
// A NATS namespace of its own for every server run: its stream is made before the server starts
// (bounded, so saturation runs cannot fill the disk) and everything in it is deleted afterwards.
const { randomBytes } = require('node:crypto');
const { connect } = require('@nats-io/transport-node');
const { jetstreamManager, StorageType, DiscardPolicy } = require('@nats-io/jetstream');
const { natsNames, allEventsFilter } = require('./contract');
const { pidListeningOn } = require('./proc');

const STREAM_MAX_BYTES = 1024 ** 3;

async function createNamespace(natsUrl) {
  const namespace = `bench_${randomBytes(4).toString('hex')}`;
  const names = natsNames(namespace);
  const nc = await connect({ servers: natsUrl });
  const jsm = await jetstreamManager(nc);
  await jsm.streams.add({
    name: names.stream,
    subjects: [allEventsFilter(names)],
    storage: StorageType.File,
    max_bytes: STREAM_MAX_BYTES,
    discard: DiscardPolicy.Old,
  });
  return {
    namespace,
    names,
    /** Events in the stream so far. */
    lastSeq: async () => (await jsm.streams.info(names.stream)).state.last_seq,
    async remove() {
      for (const name of await jsm.streams.names().next()) {
        if (name.startsWith(`${namespace}_`) || name.startsWith(`KV_${namespace}_`)) {
          await jsm.streams.delete(name);
        }
      }
      await nc.close();
    },
  };
}

/** The local nats-server behind `natsUrl`, so its CPU can be read too; null when it runs elsewhere. */
function natsServerPid(natsUrl) {
  const { hostname, port } = new URL(natsUrl.split(',')[0].replace(/^nats:/, 'http:'));
  return ['127.0.0.1', 'localhost'].includes(hostname) ? pidListeningOn(Number(port || 4222)) : null;
}

module.exports = { createNamespace, natsServerPid };
