import {
  ClientFrameDto,
  FieldErrors,
  HubError,
  SubscribeFrameDto,
  UnsubscribeFrameDto,
  validateInput,
} from '@statushub/contract';

/** A client frame that passed validation (CONTRACT §4); `credential` is `token`, else `apiKey`. */
export type ClientFrame =
  | { action: 'subscribe'; orderId: string; credential: string | undefined; since: number | undefined }
  | { action: 'unsubscribe'; orderId: string }
  | { action: 'ping' };

export type ParsedFrame = { ok: true; frame: ClientFrame } | { ok: false; error: HubError; orderId?: string };

export function parseClientFrame(text: string): ParsedFrame {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return refuse('the frame is not JSON', { frame: ['must be one JSON object'] });
  }
  const orderId = orderIdOf(value);
  const head = validateInput(ClientFrameDto, value);
  if (!head.ok) {
    return refuse(describe(head.errors), head.errors, orderId);
  }
  const action = head.value.action;
  switch (action) {
    case 'subscribe':
      return subscribeFrame(value, orderId);
    case 'unsubscribe':
      return unsubscribeFrame(value, orderId);
    case 'ping':
      return { ok: true, frame: { action } };
  }
}

function subscribeFrame(value: unknown, orderId: string | undefined): ParsedFrame {
  const checked = validateInput(SubscribeFrameDto, value);
  if (!checked.ok) {
    return refuse(describe(checked.errors), checked.errors, orderId);
  }
  const { token, apiKey, since } = checked.value;
  return {
    ok: true,
    frame: { action: 'subscribe', orderId: checked.value.orderId, credential: token ?? apiKey, since },
  };
}

function unsubscribeFrame(value: unknown, orderId: string | undefined): ParsedFrame {
  const checked = validateInput(UnsubscribeFrameDto, value);
  return checked.ok
    ? { ok: true, frame: { action: 'unsubscribe', orderId: checked.value.orderId } }
    : refuse(describe(checked.errors), checked.errors, orderId);
}

function refuse(message: string, details: FieldErrors, orderId?: string): ParsedFrame {
  const error = new HubError('INVALID_MESSAGE', message, details);
  return orderId === undefined ? { ok: false, error } : { ok: false, error, orderId };
}

function describe(errors: FieldErrors): string {
  return Object.values(errors).flat().join('; ');
}

/** Lets an error about a bad frame name the order it was about, when it names one. */
function orderIdOf(value: unknown): string | undefined {
  const orderId = typeof value === 'object' && value !== null ? (value as { orderId?: unknown }).orderId : undefined;
  return typeof orderId === 'string' && orderId.length <= 128 ? orderId : undefined;
}
