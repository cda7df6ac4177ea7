import { HubError, MAX_ID_LENGTH } from '@statushub/contract';

/** Path parameter `:orderId`: 1–128 characters (CONTRACT §2). */
export function checkedOrderId(orderId: string): string {
  if (orderId.length === 0 || orderId.length > MAX_ID_LENGTH) {
    throw HubError.invalid({ orderId: [`orderId must be 1 to ${MAX_ID_LENGTH} characters`] });
  }
  return orderId;
}

/** `Last-Event-ID` of a reconnecting EventSource: the last seq it saw, resumed like `since`. */
export function lastEventId(header: string | string[] | undefined): number | undefined {
  if (header === undefined) {
    return undefined;
  }
  const value = Array.isArray(header) ? header[0] : header;
  if (!/^\d{1,15}$/.test(value.trim())) {
    throw HubError.invalid({ 'Last-Event-ID': ['Last-Event-ID must be the seq of the last event received'] });
  }
  return Number(value.trim());
}
