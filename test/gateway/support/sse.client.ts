import { Received, until } from './stream.client';

export interface SseMessage {
  id?: string;
  data: Omit<Received, 'at'>;
}

/** An EventSource-like reader over fetch, recording each message and comment. */
export class SseClient {
  readonly messages: SseMessage[] = [];
  readonly comments: string[] = [];
  ended = false;
  private buffer = '';

  private constructor(
    readonly response: Response,
    private readonly abort: AbortController,
  ) {
    void this.read();
  }

  static async open(url: string, headers: Record<string, string> = {}): Promise<SseClient> {
    const abort = new AbortController();
    const response = await fetch(url, { headers: { Accept: 'text/event-stream', ...headers }, signal: abort.signal });
    return new SseClient(response, abort);
  }

  seqs(): number[] {
    return this.messages
      .filter((m) => m.data.type !== 'payment_completed' && m.id !== undefined)
      .map((m) => Number(m.id));
  }

  async waitFor(count: number, timeoutMs = 10_000): Promise<void> {
    await until(() => this.messages.length >= count, timeoutMs, `${count} SSE messages`);
  }

  close(): void {
    this.abort.abort();
  }

  private async read(): Promise<void> {
    const decoder = new TextDecoder();
    try {
      for await (const chunk of this.response.body as unknown as AsyncIterable<Uint8Array>) {
        this.buffer += decoder.decode(chunk, { stream: true });
        this.parse();
      }
    } catch (error) {
      if ((error as Error).name !== 'AbortError') {
        throw error;
      }
    } finally {
      this.ended = true;
    }
  }

  private parse(): void {
    let end: number;
    while ((end = this.buffer.indexOf('\n\n')) >= 0) {
      const block = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      const lines = block.split('\n');
      lines.filter((line) => line.startsWith(':')).forEach((line) => this.comments.push(line.slice(1).trim()));
      const data = lines.filter((line) => line.startsWith('data: ')).map((line) => line.slice(6));
      const id = lines.find((line) => line.startsWith('id: '))?.slice(4);
      if (data.length > 0) {
        this.messages.push({ ...(id === undefined ? {} : { id }), data: JSON.parse(data.join('\n')) });
      }
    }
  }
}
