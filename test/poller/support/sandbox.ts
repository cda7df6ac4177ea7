import { SandboxOptions } from '@statushub/sandbox';
import { startSandbox as startProvidersSandbox } from '../../providers/sandbox.harness';
import { Json } from './hub';

/** A provider connection as the HUB_PROVIDERS file holds it. */
export type ConnectionJson = Record<string, unknown> & { name: string; kind: string };

export interface Sandbox {
  url: string;
  /** The demo connection of `kind` pointed at this sandbox, renamed and with `overrides`. */
  connection(kind: string, name: string, overrides?: Record<string, unknown>): ConnectionJson;
  get(path: string): Promise<Json>;
  post(path: string, body?: unknown): Promise<Json>;
  /** Call times the sandbox saw for one payment (epoch ms, oldest first). */
  calls(kind: string, id: string): Promise<number[]>;
  close(): Promise<void>;
}

/**
 * The providers suite's in-process sandbox, keeping every call of a payment (the poller tests
 * read whole call histories), with the admin calls these tests use.
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const sandbox = await startProvidersSandbox({ paymentCallMemory: 1_000, ...options });
  return {
    url: sandbox.url,
    connection: (kind, name, overrides = {}) => ({
      ...sandbox.connections().find((c) => c.kind === kind)!,
      name,
      ...overrides,
    }),
    get: (path) => sandbox.admin.get(path),
    post: (path, body) => sandbox.admin.post(path, body ?? {}),
    calls: async (kind, id) =>
      (await sandbox.admin.get(`/admin/payments/${kind}/${encodeURIComponent(id)}/calls`)).timestamps,
    close: () => sandbox.close(),
  };
}
