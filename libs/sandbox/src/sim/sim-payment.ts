import { CallRing } from './call-ring';
import { FaultQueue } from './fault';
import { SimPaymentInfo, SimState } from './sim-state';

export interface AutoAdvance {
  afterMs?: number;
  afterCalls?: number;
}

/**
 * A simulated payment: a script of states and where it stands in it. Time-based steps are
 * settled lazily when the payment is read, so a million idle payments cost no timers.
 */
export class SimPayment {
  private index = 0;
  private enteredAt: number;
  private answersInStep = 0;
  readonly calls: CallRing;
  readonly faults = new FaultQueue();

  constructor(
    readonly info: SimPaymentInfo,
    private steps: SimState[],
    private readonly auto: AutoAdvance,
    callMemory: number,
  ) {
    this.enteredAt = info.createdAt;
    this.calls = new CallRing(callMemory);
  }

  /** The state now, after any time-based steps that are due. */
  current(now: number): SimState {
    for (let due = this.dueAt(); due !== null && now >= due; due = this.dueAt()) {
      this.moveTo(this.index + 1, due);
    }
    return this.steps[this.index];
  }

  /** The state before the current one: what a stale read answers. */
  previous(now: number): SimState {
    this.current(now);
    return this.steps[Math.max(0, this.index - 1)];
  }

  /** Counts a normal answer of the current state; moves on when the step's call budget is spent. */
  answered(now: number): void {
    this.answersInStep++;
    const afterCalls = this.steps[this.index].afterCalls ?? this.auto.afterCalls;
    if (afterCalls !== undefined && this.answersInStep >= afterCalls && !this.atEnd()) {
      this.moveTo(this.index + 1, now);
    }
  }

  advance(count: number, now: number): void {
    this.current(now);
    this.moveTo(Math.min(this.index + count, this.steps.length - 1), now);
  }

  /** Jumps to `state`, ending the script there. */
  set(state: SimState, now: number): void {
    this.current(now);
    this.steps = [...this.steps.slice(0, this.index + 1), state];
    this.moveTo(this.index + 1, now);
  }

  position(now: number): { step: number; steps: number; script: SimState[] } {
    this.current(now);
    return { step: this.index, steps: this.steps.length, script: this.steps };
  }

  private dueAt(): number | null {
    const afterMs = this.steps[this.index].afterMs ?? this.auto.afterMs;
    return afterMs === undefined || this.atEnd() ? null : this.enteredAt + afterMs;
  }

  private atEnd(): boolean {
    return this.index >= this.steps.length - 1;
  }

  private moveTo(index: number, at: number): void {
    if (index !== this.index) {
      this.index = index;
      this.enteredAt = at;
      this.answersInStep = 0;
    }
  }
}
