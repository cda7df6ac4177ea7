import { adapterDefinition } from './adapters.list';

/**
 * CONTRACT §3: the payment id in a provider's webhook body, at the kind's own place (`id`,
 * `transaction_id`, `paymentId`, `data.orderId`), or in `{"paymentId": "…"}` for any kind.
 * Null when neither holds a non-empty string.
 */
export function webhookPaymentId(kind: string, body: unknown): string | null {
  const path = adapterDefinition(kind)?.webhookIdPath;
  return (path && stringAt(body, path)) ?? stringAt(body, ['paymentId']);
}

function stringAt(value: unknown, path: readonly string[]): string | null {
  let at = value;
  for (const key of path) {
    if (typeof at !== 'object' || at === null || Array.isArray(at)) {
      return null;
    }
    at = (at as Record<string, unknown>)[key];
  }
  return typeof at === 'string' && at.length > 0 ? at : null;
}
