import { JetStreamManager, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { ConnectionOptions, NatsConnection } from '@nats-io/nats-core';
import { connect } from '@nats-io/transport-node';
import { NatsNames, PaymentStatusData, eventSubject, statusChangedEvent } from '@statushub/contract';
import { ensureStream } from '@statushub/nats';
import { NATS_URL } from '../../support/nats-namespace';

export interface StreamClient {
  nc: NatsConnection;
  jsm: JetStreamManager;
  /**
   * Publishes a status change as the poller does. `msgId` defaults to the event id; another one
   * gets past the stream's duplicate window, like a republish after the window has passed.
   */
  publish: (data: PaymentStatusData, msgId?: string) => Promise<number>;
  /** Any payload on an order's subject, for events the hub would never send; resolves to its seq. */
  publishRaw: (orderId: string, payload: string, msgId: string) => Promise<number>;
  /** Every event published so far was delivered and settled (acked or terminated) by the durable consumer. */
  settled: (consumer?: string) => Promise<boolean>;
}

/** A test's own connection, with the hub's stream in place so events can be published before any app starts. */
export async function streamClient(names: NatsNames, options: ConnectionOptions = {}): Promise<StreamClient> {
  const nc = await connect({ servers: NATS_URL, ...options });
  const jsm = await jetstreamManager(nc);
  await ensureStream(jsm, names);
  const js = jetstream(nc);
  const publishRaw = async (orderId: string, payload: string, msgId: string) =>
    (await js.publish(eventSubject(names, 'cyberpay', orderId), payload, { msgID: msgId })).seq;
  return {
    nc,
    jsm,
    publishRaw,
    publish: (data, msgId) => {
      const event = statusChangedEvent(data);
      return publishRaw(data.orderId, JSON.stringify(event), msgId ?? event.id);
    },
    settled: async (consumer = 'balance-updater') => {
      const info = await jsm.consumers.info(names.stream, consumer);
      return info.num_pending === 0 && info.num_ack_pending === 0;
    },
  };
}
