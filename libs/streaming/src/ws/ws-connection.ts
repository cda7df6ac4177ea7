import { RawData, WebSocket } from 'ws';
import { ClientConnection, ConnectionOwner, Transport } from '../core/client-connection';
import { TokenBucket } from './token-bucket';

export interface FrameHandler {
  handleFrame(connection: WsConnection, data: RawData): void;
}

/** Frames are prebuilt Buffers of JSON text: sent as text frames, never re-encoded per client. */
const TEXT = { binary: false } as const;

/** The socket's connection, so one set of listener functions serves every socket (no closures each). */
const CONNECTION = Symbol('connection');
type TrackedSocket = WebSocket & { [CONNECTION]: WsConnection };

function connectionOf(socket: WebSocket): WsConnection {
  return (socket as TrackedSocket)[CONNECTION];
}

function onMessage(this: WebSocket, data: RawData): void {
  const connection = connectionOf(this);
  connection.handler.handleFrame(connection, data);
}

function onPong(this: WebSocket): void {
  connectionOf(this).alive = true;
}

function onClose(this: WebSocket): void {
  const connection = connectionOf(this);
  connection.owner.release(connection);
}

/** One WebSocket client. It is its own token bucket, so rate limiting adds two numbers, not an object. */
export class WsConnection extends ClientConnection implements TokenBucket {
  tokens: number;
  refilledAt: number;

  constructor(
    private readonly socket: WebSocket,
    owner: ConnectionOwner,
    readonly handler: FrameHandler,
    burst: number,
  ) {
    super(owner);
    this.tokens = burst;
    this.refilledAt = performance.now();
    (socket as TrackedSocket)[CONNECTION] = this;
    socket.on('message', onMessage);
    socket.on('pong', onPong);
    socket.on('close', onClose);
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
