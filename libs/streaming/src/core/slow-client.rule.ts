/** Close code and reason of a client dropped for not reading (4000–4999: application codes). */
export const SLOW_CONSUMER_CLOSE = { code: 4008, reason: 'slow consumer' } as const;

/**
 * A client is slow once the bytes written to it but not yet taken by its socket pass the bound:
 * dropping it then caps the gateway's memory per client instead of queueing without end.
 */
export function isSlowClient(bufferedBytes: number, maxBufferedBytes: number): boolean {
  return bufferedBytes > maxBufferedBytes;
}
