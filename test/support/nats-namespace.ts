import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { natsNames, NatsNames } from '@statushub/contract';
import { randomBytes } from 'node:crypto';

export const NATS_URL = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';

/** A namespace of its own for one test file, so runs can share the server; `cleanup` deletes what it made. */
export function testNamespace(label: string): { namespace: string; names: NatsNames; cleanup: () => Promise<void> } {
  const namespace = `t_${label}_${randomBytes(4).toString('hex')}`;
  return { namespace, names: natsNames(namespace), cleanup: () => deleteNamespace(namespace) };
}

export async function deleteNamespace(namespace: string): Promise<void> {
  const nc = await connect({ servers: NATS_URL });
  try {
    const jsm = await jetstreamManager(nc);
    for (const name of await jsm.streams.names().next()) {
      if (name.startsWith(`${namespace}_`) || name.startsWith(`KV_${namespace}_`)) {
        await jsm.streams.delete(name);
      }
    }
  } finally {
    await nc.close();
  }
}
