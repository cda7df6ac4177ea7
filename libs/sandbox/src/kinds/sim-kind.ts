import { IncomingHttpHeaders } from 'node:http';
import { SimPaymentInfo, SimState } from '../sim/sim-state';
import { TokenStore } from '../sim/token.store';

/** What a provider's status endpoint was called with. */
export interface StatusCall {
  headers: IncomingHttpHeaders;
  params: Record<string, string | undefined>;
  body: unknown;
}

export interface CallContext {
  /** The kind's demo credentials (`SandboxOptions.credentials`). */
  credentials: Record<string, string>;
  tokens: TokenStore;
  now: number;
}

export interface Reply {
  status: number;
  body: string;
  headers: Record<string, string>;
}

/** One provider API as its document describes it, for the sandbox to serve. */
export interface SimKind {
  readonly kind: string;
  readonly defaultCredentials: Record<string, string>;
  /** A success and a failure status, for the `contradiction` fault. */
  readonly succeeded: string;
  readonly failed: string;
  authorized(call: StatusCall, context: CallContext): boolean;
  /** The payment asked about, or null for a request the provider would call invalid (400). */
  paymentId(call: StatusCall): string | null;
  render(info: SimPaymentInfo, state: SimState, now: number): string;
  error(status: number, paymentId: string | null, now: number): Reply;
  /** The happy path from creation to success. */
  lifecycle(info: SimPaymentInfo): SimState[];
}
