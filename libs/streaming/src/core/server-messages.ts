import { HubError, PaymentStatusData } from '@statushub/contract';

/** Gateway → client messages that are not events (CONTRACT §4). */
export const PONG_MESSAGE = '{"type":"pong"}';

export function subscribedMessage(orderId: string, snapshot: readonly PaymentStatusData[]): string {
  return JSON.stringify({ type: 'subscribed', orderId, snapshot });
}

export function errorMessage(error: HubError, orderId?: string): string {
  return JSON.stringify({
    type: 'error',
    code: error.code,
    message: error.message,
    ...(orderId === undefined ? {} : { orderId }),
    ...(error.details === undefined ? {} : { details: error.details }),
  });
}
