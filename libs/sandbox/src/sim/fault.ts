export const FAULT_TYPES = [
  'rate_limit',
  'server_error',
  'hang',
  'reset',
  'delay',
  'malformed_json',
  'wrong_shape',
  'unknown_status',
  'stale_read',
  'contradiction',
  'unauthorized',
  'forbidden',
  'not_found',
] as const;
export type FaultType = (typeof FAULT_TYPES)[number];

export interface Fault {
  type: FaultType;
  /** Calls still to fault; Infinity until cleared. */
  remaining: number;
  /** rate_limit: seconds, or a string sent verbatim (an HTTP-date); null sends no Retry-After. */
  retryAfter?: number | string | null;
  /** server_error: the 5xx to answer. */
  httpStatus?: number;
  /** unknown_status, contradiction: the provider status to answer with. */
  providerStatus?: string;
  /** delay: how long before the normal answer. */
  ms?: number;
}

/** Faults waiting for calls, first in first out; each is used up after its `remaining` calls. */
export class FaultQueue {
  private faults: Fault[] = [];

  add(fault: Fault): void {
    this.faults.push(fault);
  }

  clear(): void {
    this.faults = [];
  }

  /** The fault for this call, if any, counting it down. */
  take(): Fault | null {
    const fault = this.faults[0];
    if (!fault) {
      return null;
    }
    fault.remaining--;
    if (fault.remaining <= 0) {
      this.faults.shift();
    }
    return fault;
  }

  list(): Fault[] {
    return this.faults.map((fault) => ({ ...fault }));
  }
}
