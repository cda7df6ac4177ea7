/**
 * A connection's circuit breaker, as a pure state machine: `closed` counts consecutive failures;
 * `failureThreshold` of them open it; once `open` has lasted its cool-down one probe goes out
 * (`half-open`); the probe's success closes it, its failure opens it again for twice as long.
 */
export type BreakerState =
  | { kind: 'closed'; failures: number }
  | { kind: 'open'; until: number; opens: number }
  | { kind: 'half-open'; opens: number; probing: boolean };

export interface BreakerPolicy {
  failureThreshold: number;
  openMs: number;
  maxOpenMs: number;
}

export const CLOSED: BreakerState = { kind: 'closed', failures: 0 };

/** The state after admitting one call at `now`, or null when no call may go out. */
export function admit(state: BreakerState, now: number): BreakerState | null {
  switch (state.kind) {
    case 'closed':
      return state;
    case 'open':
      return now >= state.until ? { kind: 'half-open', opens: state.opens, probing: true } : null;
    case 'half-open':
      return state.probing ? null : { ...state, probing: true };
  }
}

/** When `admit` may next succeed; `now` when it already may, Infinity while a probe is out. */
export function readyAt(state: BreakerState, now: number): number {
  switch (state.kind) {
    case 'closed':
      return now;
    case 'open':
      return Math.max(now, state.until);
    case 'half-open':
      return state.probing ? Infinity : now;
  }
}

/** The provider answered (whatever it said): it is up. */
export function onAnswer(state: BreakerState): BreakerState {
  return state.kind === 'closed' && state.failures === 0 ? state : CLOSED;
}

/** The provider failed (5xx, network, timeout). */
export function onFailure(state: BreakerState, now: number, policy: BreakerPolicy): BreakerState {
  switch (state.kind) {
    case 'closed':
      return state.failures + 1 >= policy.failureThreshold
        ? open(1, now, policy)
        : { kind: 'closed', failures: state.failures + 1 };
    case 'open':
      return state;
    case 'half-open':
      return open(state.opens + 1, now, policy);
  }
}

function open(opens: number, now: number, policy: BreakerPolicy): BreakerState {
  return { kind: 'open', opens, until: now + Math.min(policy.maxOpenMs, policy.openMs * 2 ** (opens - 1)) };
}

/** For the breaker-state gauge: 0 closed, 1 half-open, 2 open. */
export function breakerLevel(state: BreakerState): 0 | 1 | 2 {
  switch (state.kind) {
    case 'closed':
      return 0;
    case 'half-open':
      return 1;
    case 'open':
      return 2;
  }
}
