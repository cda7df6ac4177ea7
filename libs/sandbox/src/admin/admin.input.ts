import { HubError, validateInput } from '@statushub/contract';
import { ClassConstructor } from 'class-transformer';
import { SimKind } from '../kinds/sim-kind';
import { simKind } from '../kinds/sim-kinds.list';
import { SimPayment } from '../sim/sim-payment';
import { Simulator } from '../sim/simulator.service';

/** The body as `cls`, or a 400 naming each bad field. */
export function validBody<T extends object>(cls: ClassConstructor<T>, body: unknown): T {
  const result = validateInput(cls, body ?? {});
  if (!result.ok) {
    throw HubError.invalid(result.errors);
  }
  return result.value;
}

export function knownKind(name: string): SimKind {
  const kind = simKind(name);
  if (!kind) {
    throw new HubError('NOT_FOUND', `the sandbox serves no kind "${name}"`);
  }
  return kind;
}

export function knownPayment(sim: Simulator, kind: string, id: string): SimPayment {
  const payment = sim.get(knownKind(kind).kind, id);
  if (!payment) {
    throw new HubError('NOT_FOUND', `no ${kind} payment "${id}"`);
  }
  return payment;
}

/** A positive integer query parameter, or its default when absent. */
export function positiveQuery(name: string, query: string | undefined, fallback: number): number {
  if (query === undefined) {
    return fallback;
  }
  const value = Number(query);
  if (!Number.isInteger(value) || value < 1) {
    throw HubError.invalid({ [name]: [`${name} must be a positive integer`] });
  }
  return value;
}
