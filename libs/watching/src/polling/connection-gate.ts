import { BudgetReport, reportCalls, seedLimiter } from '../budget/budget-report';
import { RATE_WINDOW_MS, SlidingWindowLimiter } from '../budget/sliding-window.limiter';
import { BreakerPolicy, BreakerState, CLOSED, admit, onAnswer, onFailure, readyAt } from '../schedule/circuit-breaker';

export type GateBlock = 'paused' | 'breaker' | 'budget';

/**
 * Whether a call may go out on one connection now: a 429's pause, the circuit breaker and the
 * rate budget, in that order. No I/O and no timers: the runner asks, then waits on its own timer.
 */
export class ConnectionGate {
  private readonly limiter: SlidingWindowLimiter | null;
  private breaker: BreakerState = CLOSED;
  private pausedUntil: number;

  constructor(
    limitPerMinute: number | undefined,
    safetyMs: number,
    private readonly policy: BreakerPolicy,
    previous: BudgetReport | null,
  ) {
    this.limiter =
      limitPerMinute === undefined ? null : seedLimiter(limitPerMinute, RATE_WINDOW_MS + safetyMs, previous);
    this.pausedUntil = previous?.pausedUntil ?? 0;
  }

  /** What holds calls back at `now`, or null when one may go. */
  blocked(now: number): GateBlock | null {
    if (now < this.pausedUntil) {
      return 'paused';
    }
    if (readyAt(this.breaker, now) > now) {
      return 'breaker';
    }
    return this.limiter !== null && !this.limiter.canCall(now) ? 'budget' : null;
  }

  /** When `blocked` may next say null (Infinity while the breaker's probe is out). */
  openAt(now: number): number {
    return Math.max(now, this.pausedUntil, readyAt(this.breaker, now), this.limiter?.nextAllowedAt() ?? now);
  }

  /** Spends one call; only after `blocked(now)` said null. */
  take(now: number): void {
    this.breaker = admit(this.breaker, now) ?? this.breaker;
    this.limiter?.record(now);
  }

  answered(): void {
    this.breaker = onAnswer(this.breaker);
  }

  failed(now: number): void {
    this.breaker = onFailure(this.breaker, now, this.policy);
  }

  pause(untilMs: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, untilMs);
  }

  get breakerState(): BreakerState {
    return this.breaker;
  }

  report(now: number, stopBy: number): BudgetReport {
    const calls = this.limiter === null ? [] : reportCalls(this.limiter, now);
    return { reportedAt: now, stopBy, pausedUntil: this.pausedUntil, calls };
  }
}
