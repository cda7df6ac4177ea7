import { Inject, Injectable } from '@nestjs/common';
import { SimKind } from '../kinds/sim-kind';
import { SIM_KINDS } from '../kinds/sim-kinds.list';
import { ResolvedSandboxOptions, SANDBOX_OPTIONS } from '../sandbox.options';
import { CallRing } from './call-ring';
import { FaultQueue } from './fault';
import { buildPayment, PaymentSpec } from './payment-spec';
import { SimPayment } from './sim-payment';
import { TokenStore } from './token.store';

export interface KindState {
  calls: CallRing;
  faults: FaultQueue;
}

/** All the sandbox's state, in memory: payments, per-kind call logs and faults, OAuth tokens. */
@Injectable()
export class Simulator {
  private payments = new Map<string, SimPayment>();
  private kinds = new Map<string, KindState>();
  readonly tokens: TokenStore;

  constructor(@Inject(SANDBOX_OPTIONS) readonly options: ResolvedSandboxOptions) {
    this.tokens = new TokenStore(options.tokenTtlSeconds);
    this.reset();
  }

  create(kind: SimKind, spec: PaymentSpec, now: number): SimPayment {
    const payment = buildPayment(kind, spec, now, this.options.paymentCallMemory);
    this.payments.set(key(kind.kind, spec.id), payment);
    return payment;
  }

  get(kind: string, id: string): SimPayment | undefined {
    return this.payments.get(key(kind, id));
  }

  delete(kind: string, id: string): boolean {
    return this.payments.delete(key(kind, id));
  }

  list(kind?: string): SimPayment[] {
    const all = [...this.payments.values()];
    return kind === undefined ? all : all.filter((payment) => payment.info.kind === kind);
  }

  kind(name: string): KindState {
    return this.kinds.get(name)!;
  }

  /** Forgets every payment, fault, call and token; token lifetime back to its configured value. */
  reset(): void {
    this.payments = new Map();
    this.kinds = new Map(
      SIM_KINDS.map((kind) => [
        kind.kind,
        { calls: new CallRing(this.options.kindCallMemory), faults: new FaultQueue() },
      ]),
    );
    this.tokens.revokeAll();
    this.tokens.issued = 0;
    this.tokens.ttlSeconds = this.options.tokenTtlSeconds;
  }
}

function key(kind: string, id: string): string {
  return `${kind}\u0000${id}`;
}
