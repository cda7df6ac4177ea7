import { RawData, WebSocket } from 'ws';
import { ClientConnection, ConnectionOwner, Transport } from '../core/client-connection';
import { TokenBucket } from './token-bucket';

export interface FrameHandler {
  handleFrame(connection: WsConnection, data: RawData): void;
}

/** Frames are prebuilt Buffers of JSON text: sent as text frames, never re-encoded per client. */
const TEXT = { binary: false } as const;

/** One WebSocket client. It is its own token bucket, so rate limiting adds two numbers, not an object. */
export class WsConnection extends ClientConnection implements TokenBucket {
  tokens: number;
  refilledAt: number;

  constructor(
    private readonly socket: WebSocket,
    owner: ConnectionOwner,
    handler: FrameHandler,
    burst: number,
  ) {
    super(owner);
    this.tokens = burst;
    this.refilledAt = performance.now();
    socket.on('message', (data) => handler.handleFrame(this, data));
    socket.on('pong', () => (this.alive = true));
    socket.on('close', () => owner.release(this));
  }

  get transport(): Transport {
    return 'ws';
  }

  heartbeat(): void {
    this.socket.ping();
  }

  close(code: number, reason: string): void {
    this.socket.close(code, reason);
  }

  destroy(): void {
    this.socket.terminate();
  }

  protected write(frame: Buffer | string): void {
    this.socket.send(frame, TEXT);
  }

  protected bufferedBytes(): number {
    return this.socket.bufferedAmount;
  }
}
