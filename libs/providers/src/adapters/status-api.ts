import { ProviderConnection } from '@statushub/config';
import { Observation } from '@statushub/contract';
import { ErrorCodeKinds, expectSuccess } from '../http/error-from-response';
import { ProviderRequest } from '../http/http-types';
import { ProviderHttpClient } from '../http/provider-http.client';

/** One kind's status call as pure functions: what to send, and what a 2xx answer means. */
export interface StatusApi<Credentials> {
  request(baseUrl: string, credentials: Credentials, paymentId: string): ProviderRequest;
  read(body: string, paymentId: string): Observation;
  /** The kind's error codes for answers whose HTTP status is ambiguous. */
  errorCodes?: ErrorCodeKinds;
}

export async function fetchObservation<Credentials>(
  http: ProviderHttpClient,
  connection: ProviderConnection,
  api: StatusApi<Credentials>,
  credentials: Credentials,
  paymentId: string,
  signal?: AbortSignal,
): Promise<Observation> {
  const call = api.request(connection.baseUrl, credentials, paymentId);
  const response = await http.send(call, { timeoutMs: connection.timeoutMs, signal });
  return api.read(expectSuccess(response, api.errorCodes).body, paymentId);
}

/** `baseUrl` may carry a path prefix (`http://127.0.0.1:4010/cyberpay`); ids go in one encoded segment. */
export function providerUrl(baseUrl: string, path: string): string {
  return baseUrl.replace(/\/+$/, '') + path;
}
