import { CloudEvent, EVENT_TYPES, EventType } from '@statushub/contract';

/** Message types the gateway sends for events (CONTRACT §4). */
export type EventMessageType = 'status_update' | 'payment_completed' | 'anomaly' | 'watch_ended';

/**
 * One stream event as it goes to clients: its frames are serialized once and the same buffers are
 * written to every subscriber of the order.
 */
export interface OutboundEvent {
  readonly orderId: string;
  readonly seq: number;
  readonly frames: readonly Buffer[];
}

/** A stream message that is not a CloudEvent of the contract: skipped, never sent. */
export class MalformedEventError extends Error {
  constructor(
    readonly seq: number,
    reason: string,
  ) {
    super(`event at seq ${seq} is malformed: ${reason}`);
    this.name = 'MalformedEventError';
  }
}

const decoder = new TextDecoder();

export function outboundEvent(payload: Uint8Array, seq: number): OutboundEvent {
  const event = parseCloudEvent(payload, seq);
  const orderId = event.data.orderId;
  const head = `,"orderId":${JSON.stringify(orderId)},"seq":${seq},"data":`;
  const tail = `${JSON.stringify(event.data)}}`;
  const frames = messageTypes(event).map((type) => Buffer.from(`{"type":"${type}"${head}${tail}`));
  return { orderId, seq, frames };
}

/** `payment_completed` follows the `status_update` that brings a payment to `succeeded`, with the same seq. */
function messageTypes(event: Pick<CloudEvent, 'type' | 'data'>): EventMessageType[] {
  const type: EventType = event.type;
  switch (type) {
    case 'payment.status.changed':
      return event.data.status === 'succeeded' ? ['status_update', 'payment_completed'] : ['status_update'];
    case 'payment.status.anomaly':
      return ['anomaly'];
    case 'payment.watch.ended':
      return ['watch_ended'];
  }
}

function parseCloudEvent(payload: Uint8Array, seq: number): CloudEvent {
  let value: unknown;
  try {
    value = JSON.parse(decoder.decode(payload));
  } catch (error) {
    throw new MalformedEventError(seq, `not JSON (${(error as Error).message})`);
  }
  if (!isCloudEvent(value)) {
    throw new MalformedEventError(seq, 'not a CloudEvent with a known type and data.orderId');
  }
  return value;
}

function isCloudEvent(value: unknown): value is CloudEvent {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const { type, data } = value as { type?: unknown; data?: unknown };
  return (
    (EVENT_TYPES as readonly unknown[]).includes(type) &&
    typeof data === 'object' &&
    data !== null &&
    typeof (data as { orderId?: unknown }).orderId === 'string'
  );
}
