import { FieldErrors } from './dto/validate';

/** Error codes of the HTTP, NATS request and WebSocket answers (CONTRACT §3, §4, §7). */
export type ErrorCode =
  | 'INVALID_REQUEST'
  | 'INVALID_MESSAGE'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'UNKNOWN_PROVIDER'
  | 'TOO_MANY_SUBSCRIPTIONS'
  | 'RATE_LIMITED'
  | 'INTERNAL';

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  details?: FieldErrors | Record<string, unknown>;
}

/** A caller's or the hub's failure as a value: turned into the contract's error shape at the edge. */
export class HubError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorBody['details'],
  ) {
    super(message);
    this.name = 'HubError';
  }

  toBody(): ErrorBody {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }

  static invalid(errors: FieldErrors): HubError {
    return new HubError('INVALID_REQUEST', `invalid fields: ${Object.keys(errors).join(', ')}`, errors);
  }
}
