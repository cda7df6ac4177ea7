import { TestHub } from './hub';
import { Poller, startPoller } from './poller';
import { ConnectionJson, Sandbox, startSandbox } from './sandbox';

export interface Scenario {
  hub: TestHub;
  sandbox: Sandbox;
  poller: Poller;
  /** Registers a watch over HTTP (orderId `o-<paymentId>`), expecting 201. */
  register(provider: string, paymentId: string): Promise<void>;
}

/**
 * One test file's world: its own NATS namespace, an in-process sandbox, and an in-process poller
 * of `connections`, set up before the file's tests and torn down (namespace deleted) after them.
 */
export function usePoller(
  label: string,
  connections: (sandbox: Sandbox) => ConnectionJson[],
  env: Record<string, string> = {},
): Scenario {
  const scenario = {} as Scenario;
  beforeAll(async () => {
    scenario.hub = await TestHub.open(label);
    scenario.sandbox = await startSandbox();
    scenario.poller = await startPoller(scenario.hub, connections(scenario.sandbox), env);
  });
  afterAll(async () => {
    await scenario.poller?.close();
    await scenario.sandbox?.close();
    await scenario.hub?.close();
  });
  scenario.register = async (provider, paymentId) => {
    const answer = await scenario.poller.call('POST', '/v1/watches', {
      provider,
      paymentId,
      orderId: `o-${paymentId}`,
    });
    expect([paymentId, answer.status]).toEqual([paymentId, 201]);
  };
  return scenario;
}
