export type HttpMethod = 'GET' | 'POST';

/** One call to a provider, built by a pure function so it can be tested without a network. */
export interface ProviderRequest {
  method: HttpMethod;
  /** Absolute URL. */
  url: string;
  headers: Record<string, string>;
  body?: string;
}

export interface ProviderResponse {
  status: number;
  headers: Record<string, string | undefined>;
  body: string;
}

export interface SendOptions {
  timeoutMs: number;
  signal?: AbortSignal;
}
