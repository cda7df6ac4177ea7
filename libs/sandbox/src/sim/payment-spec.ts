import { SimKind } from '../kinds/sim-kind';
import { SimPayment } from './sim-payment';
import { SimState } from './sim-state';

/** How the admin API describes a payment to simulate. */
export interface PaymentSpec {
  id: string;
  /** Start here: at that step of the kind's lifecycle if it has one, else as a single step. */
  status?: string;
  /** A whole script instead of the kind's lifecycle. */
  steps?: SimState[];
  /** Replace the lifecycle's last (success) step with this status (`failed`, `expired`, …). */
  outcome?: string;
  amount?: string;
  currency?: string;
  autoAdvanceMs?: number;
  autoAdvanceCalls?: number;
}

export function buildPayment(kind: SimKind, spec: PaymentSpec, now: number, callMemory: number): SimPayment {
  const info = {
    kind: kind.kind,
    id: spec.id,
    amount: spec.amount ?? '100.00',
    currency: spec.currency ?? 'USD',
    createdAt: now,
  };
  const steps = spec.steps ?? script(kind.lifecycle(info), spec.status, spec.outcome);
  return new SimPayment(info, steps, { afterMs: spec.autoAdvanceMs, afterCalls: spec.autoAdvanceCalls }, callMemory);
}

function script(lifecycle: SimState[], status?: string, outcome?: string): SimState[] {
  const steps = outcome === undefined ? lifecycle : [...lifecycle.slice(0, -1), { status: outcome }];
  if (status === undefined) {
    return steps;
  }
  const start = steps.findIndex((step) => step.status === status);
  return start >= 0 ? steps.slice(start) : [{ status }];
}
