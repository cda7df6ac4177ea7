import { StreamClient, sleep } from './stream.client';

/**
 * A client as the contract asks one to behave: when its gateway goes away (1001) it connects to
 * another and subscribes again with `since` = the last seq it saw.
 */
export class ResumingClient {
  readonly seqs: number[] = [];
  readonly closeCodes: number[] = [];
  private client?: StreamClient;
  private stopped = false;
  private index = 0;
  /** How many of the current connection's messages were taken into `seqs`. */
  private collected = 0;

  constructor(
    readonly orderId: string,
    private readonly credential: { apiKey: string },
    private readonly urls: () => string[],
  ) {}

  /** Connects to `urls()[index]`, or the next one that answers, and subscribes. */
  async start(index: number, since: number): Promise<void> {
    for (this.index = index; ; this.index++) {
      try {
        await this.attach(await StreamClient.connect(this.urls()[this.index % this.urls().length]), since);
        return;
      } catch {
        await sleep(50);
      }
    }
  }

  stop(): void {
    this.stopped = true;
    this.client?.close();
  }

  private async attach(client: StreamClient, since: number): Promise<void> {
    this.client = client;
    client.socket.on('message', () => this.collect(client));
    void client.closed.then(({ code }) => this.reconnect(code));
    const answer = await client.subscribe(this.orderId, this.credential, since);
    if (answer.type !== 'subscribed') {
      throw new Error(`subscribe refused: ${answer.code}`);
    }
  }

  private collect(client: StreamClient): void {
    for (; this.collected < client.messages.length; this.collected++) {
      const message = client.messages[this.collected];
      if (message.seq !== undefined && message.type !== 'payment_completed') {
        this.seqs.push(message.seq);
      }
    }
  }

  private reconnect(code: number): void {
    this.closeCodes.push(code);
    this.collected = 0;
    if (!this.stopped) {
      void this.start(this.index + 1, this.seqs.at(-1) ?? 0);
    }
  }
}
