import { OutboundEvent } from '../events/outbound-event';
import { isSlowClient } from './slow-client.rule';
import { EventSink, Subscription } from './subscription';

export type Transport = 'ws' | 'sse';

/** What a connection reports to: the registry that owns every connection of the process. */
export interface ConnectionOwner {
  readonly maxBufferedBytes: number;
  dropSlow(connection: ClientConnection): void;
  release(connection: ClientConnection): void;
}

/**
 * A WebSocket or SSE client: its subscriptions and the few bytes of state the heartbeat needs.
 * Frames come in serialized; a connection only writes them and watches its own backlog.
 */
export abstract class ClientConnection implements EventSink {
  abstract readonly transport: Transport;
  readonly subscriptions = new Map<string, Subscription>();
  open = true;
  /** Set by any sign of life from the client, cleared by each heartbeat sweep. */
  alive = true;

  constructor(readonly owner: ConnectionOwner) {}

  deliver(event: OutboundEvent): number {
    if (!this.open) {
      return 0;
    }
    const frames = event.frames;
    for (let i = 0; i < frames.length; i++) {
      this.write(frames[i], event.seq);
    }
    this.checkBacklog();
    return frames.length;
  }

  sendMessage(message: string): void {
    if (this.open) {
      this.write(message, null);
      this.checkBacklog();
    }
  }

  /** One round of the heartbeat sweep: check the client is there, keep intermediaries from idling out. */
  abstract heartbeat(): void;

  /** Starts a clean close; the owner destroys the connection if that does not finish in time. */
  abstract close(code: number, reason: string): void;

  abstract destroy(): void;

  /** `seq` is null for messages that are not events. */
  protected abstract write(frame: Buffer | string, seq: number | null): void;

  protected abstract bufferedBytes(): number;

  private checkBacklog(): void {
    if (isSlowClient(this.bufferedBytes(), this.owner.maxBufferedBytes)) {
      this.owner.dropSlow(this);
    }
  }
}
