import { Response } from 'express';
import { ClientConnection, ConnectionOwner, Transport } from '../core/client-connection';

const HEARTBEAT = ': heartbeat\n\n';
const END_OF_MESSAGE = '\n\n';

/** One Server-Sent Events client: the WebSocket messages as `data:` lines, events with `id:` = seq. */
export class SseConnection extends ClientConnection {
  constructor(
    private readonly response: Response,
    owner: ConnectionOwner,
  ) {
    super(owner);
  }

  get transport(): Transport {
    return 'sse';
  }

  /** SSE clients never answer, so a comment is all there is: a dead peer shows as a failed write and a close. */
  heartbeat(): void {
    this.alive = true;
    this.response.write(HEARTBEAT);
  }

  close(): void {
    this.response.end();
  }

  destroy(): void {
    this.response.destroy();
  }

  protected write(frame: Buffer | string, seq: number | null): void {
    const response = this.response;
    response.cork();
    response.write(seq === null ? 'data: ' : `id: ${seq}\ndata: `);
    response.write(frame);
    response.write(END_OF_MESSAGE);
    response.uncork();
  }

  protected bufferedBytes(): number {
    return this.response.writableLength;
  }
}
