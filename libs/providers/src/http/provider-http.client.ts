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

/** Aborts the call after `timeoutMs` or when the caller aborts, and says which of the two happened. */
class Deadline {
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout;
  private readonly onCallerAbort = () => this.controller.abort();

  constructor(
    private readonly timeoutMs: number,
    private readonly callerSignal?: AbortSignal,
  ) {
    this.timer = setTimeout(() => this.controller.abort(), timeoutMs);
    if (callerSignal?.aborted) {
      this.controller.abort();
    }
    callerSignal?.addEventListener('abort', this.onCallerAbort, { once: true });
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  explain(error: unknown): ProviderError {
    if (error instanceof ProviderError) {
      return error;
    }
    if (this.callerSignal?.aborted) {
      return new ProviderError('timeout', 'aborted by the caller');
    }
    if (this.controller.signal.aborted) {
      return new ProviderError('timeout', `no answer within ${this.timeoutMs} ms`);
    }
    return new ProviderError('provider_error', `connection failed: ${networkCode(error)}`);
  }

  clear(): void {
    clearTimeout(this.timer);
    this.callerSignal?.removeEventListener('abort', this.onCallerAbort);
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
