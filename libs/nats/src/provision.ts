import { JetStreamApiError, JetStreamManager, StorageType, StreamConfig } from '@nats-io/jetstream';
import { KV, Kvm } from '@nats-io/kv';
import { nanos } from '@nats-io/nats-core';
import { NatsNames, allEventsFilter } from '@statushub/contract';

/** Long enough to cover a poller's crash, takeover and republish of the change it had not confirmed. */
export const DUPLICATE_WINDOW_MS = 10 * 60_000;

export function paymentStatusStreamConfig(names: NatsNames): Partial<StreamConfig> & { name: string } {
  return {
    name: names.stream,
    subjects: [allEventsFilter(names)],
    storage: StorageType.File,
    duplicate_window: nanos(DUPLICATE_WINDOW_MS),
    allow_direct: true,
  };
}

/** Creates the stream, or brings an existing one to the hub's settings; safe to run on every start. */
export async function ensureStream(jsm: JetStreamManager, names: NatsNames): Promise<void> {
  const wanted = paymentStatusStreamConfig(names);
  try {
    const info = await jsm.streams.info(names.stream);
    await jsm.streams.update(names.stream, { ...info.config, ...wanted });
  } catch (error) {
    if (!(error instanceof JetStreamApiError) || error.status !== 404) {
      throw error;
    }
    await jsm.streams.add(wanted);
  }
}

export function ensureBucket(kvm: Kvm, bucket: string): Promise<KV> {
  return kvm.create(bucket, { history: 1, storage: StorageType.File, allow_direct: true });
}
