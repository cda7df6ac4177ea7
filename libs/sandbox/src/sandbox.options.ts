import { SIM_KINDS } from './kinds/sim-kinds.list';

export interface SandboxOptions {
  /** Per kind, replacing the demo credentials (`{ cyberpay: { bearer: '…' } }`). */
  credentials?: Record<string, Record<string, string>>;
  /** Lifetime of crypto-oauth access tokens. */
  tokenTtlSeconds?: number;
  /** Call times kept per payment, and per kind. */
  paymentCallMemory?: number;
  kindCallMemory?: number;
  /** A `hang` fault closes the socket after this long if the client has not given up by then. */
  maxHangMs?: number;
}

export type ResolvedSandboxOptions = Required<SandboxOptions>;

export const SANDBOX_OPTIONS = Symbol('SANDBOX_OPTIONS');

/** The credentials each kind accepts unless told otherwise; `config/providers.sandbox.json` uses them. */
export function demoCredentials(): Record<string, Record<string, string>> {
  return Object.fromEntries(SIM_KINDS.map((kind) => [kind.kind, { ...kind.defaultCredentials }]));
}

export function resolveSandboxOptions(options: SandboxOptions = {}): ResolvedSandboxOptions {
  const credentials = demoCredentials();
  for (const [kind, given] of Object.entries(options.credentials ?? {})) {
    credentials[kind] = { ...credentials[kind], ...given };
  }
  return {
    credentials,
    tokenTtlSeconds: options.tokenTtlSeconds ?? 3600,
    paymentCallMemory: options.paymentCallMemory ?? 32,
    kindCallMemory: options.kindCallMemory ?? 100_000,
    maxHangMs: options.maxHangMs ?? 300_000,
  };
}
