import { PaymentStatusData } from '@statushub/contract';
import WebSocket, { ClientOptions } from 'ws';

export interface Received {
  type: string;
  orderId?: string;
  seq?: number;
  data?: PaymentStatusData;
  snapshot?: PaymentStatusData[];
  code?: string;
  message?: string;
  details?: Record<string, string[]>;
  /** When the test process took the message off the socket. */
  at: number;
}

/** A real `ws` client that records every message it gets. */
export class StreamClient {
  readonly messages: Received[] = [];
  readonly closed: Promise<{ code: number; reason: string }>;

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data: Buffer) =>
      this.messages.push({ ...JSON.parse(data.toString()), at: performance.now() }),
    );
    this.closed = new Promise((resolve) =>
      socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    );
  }

  static async connect(url: string, options?: ClientOptions): Promise<StreamClient> {
    const socket = new WebSocket(url, { perMessageDeflate: false, ...options });
    const client = new StreamClient(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return client;
  }

  send(frame: object | string): void {
    this.socket.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  }

  /** Subscribes and waits for `subscribed` (or an error) for that order. */
  async subscribe(orderId: string, credential: { token?: string; apiKey?: string }, since?: number): Promise<Received> {
    const from = this.messages.length;
    this.send({ action: 'subscribe', orderId, ...credential, ...(since === undefined ? {} : { since }) });
    return this.next((m) => m.orderId === orderId && (m.type === 'subscribed' || m.type === 'error'), from);
  }

  /** The first message after index `from` that matches. */
  async next(match: (m: Received) => boolean, from = 0, timeoutMs = 10_000): Promise<Received> {
    let found: Received | undefined;
    await until(() => (found = this.messages.slice(from).find(match)) !== undefined, timeoutMs, 'a matching message');
    return found as Received;
  }

  /** Messages about `orderId` that carry a seq, as `[type, seq]`. */
  events(orderId: string): [string, number][] {
    return this.messages
      .filter((m) => m.orderId === orderId && m.seq !== undefined)
      .map((m) => [m.type, m.seq as number]);
  }

  /** The seq of each event of `orderId`, once (payment_completed repeats its status_update's seq). */
  seqs(orderId: string): number[] {
    return this.messages
      .filter((m) => m.orderId === orderId && m.seq !== undefined && m.type !== 'payment_completed')
      .map((m) => m.seq as number);
  }

  close(): void {
    this.socket.close();
  }
}

export async function until(condition: () => boolean, timeoutMs = 10_000, what = 'the condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
