import { EventEmitter } from 'node:events';
import { Agent, request } from 'undici';
import { ProviderError } from '../provider-error';
import { ProviderRequest, ProviderResponse, SendOptions } from './http-types';
import { readBody } from './read-body';

export interface ProviderHttpOptions {
  /** Sockets kept per origin. */
  connections?: number;
  keepAliveTimeoutMs?: number;
}

/**
 * The one keep-alive HTTP client every adapter shares. One attempt per call: retrying is the
 * scheduler's decision, since it knows the rate budget and the backoff. Rejects only with
 * `ProviderError` (`timeout` or `provider_error`); any HTTP status resolves.
 */
export class ProviderHttpClient {
  private readonly agent: Agent;

  constructor(options: ProviderHttpOptions = {}) {
    this.agent = new Agent({
      connections: options.connections ?? 256,
      keepAliveTimeout: options.keepAliveTimeoutMs ?? 30_000,
      pipelining: 1,
    });
  }

  async send(call: ProviderRequest, options: SendOptions): Promise<ProviderResponse> {
    const deadline = new Deadline(options.timeoutMs, options.signal);
    try {
      const response = await request(call.url, {
        dispatcher: this.agent,
        method: call.method,
        headers: call.headers,
        body: call.body,
        signal: deadline.signal,
      });
      const body = await readBody(response.body, response.statusCode);
      return { status: response.statusCode, headers: flatHeaders(response.headers), body };
    } catch (error) {
      throw deadline.explain(error);
    } finally {
      deadline.clear();
    }
  }

  async close(): Promise<void> {
    await this.agent.close();
  }

  /** Nest calls this when the module that provides the client shuts down. */
  onModuleDestroy(): Promise<void> {
    return this.close();
  }
}

/**
 * What undici takes for a request's signal: an EventEmitter with `aborted`. Per call, it costs a
 * fraction of an AbortController, whose signal undici also has to listen to through EventTarget.
 */
class AbortEmitter extends EventEmitter {
  aborted = false;

  abort(): void {
    if (!this.aborted) {
      this.aborted = true;
      this.emit('abort');
    }
  }
}

/** Aborts the call after `timeoutMs` or when the caller aborts, and says which of the two happened. */
class Deadline {
  readonly signal = new AbortEmitter();
  private readonly timer: NodeJS.Timeout;
  private readonly abort = () => this.signal.abort();

  constructor(
    private readonly timeoutMs: number,
    private readonly callerSignal?: AbortSignal,
  ) {
    this.timer = setTimeout(this.abort, timeoutMs);
    if (callerSignal?.aborted) {
      this.signal.abort();
    }
    callerSignal?.addEventListener('abort', this.abort, { once: true });
  }

  explain(error: unknown): ProviderError {
    if (error instanceof ProviderError) {
      return error;
    }
    if (this.callerSignal?.aborted) {
      return new ProviderError('timeout', 'aborted by the caller');
    }
    if (this.signal.aborted) {
      return new ProviderError('timeout', `no answer within ${this.timeoutMs} ms`);
    }
    return new ProviderError('provider_error', `connection failed: ${networkCode(error)}`);
  }

  clear(): void {
    clearTimeout(this.timer);
    this.callerSignal?.removeEventListener('abort', this.abort);
  }
}

function networkCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.name : 'unknown';
}

function flatHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  const flat: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(headers)) {
    flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}
