import { ConnectionGate } from './connection-gate';

const policy = { failureThreshold: 2, openMs: 1_000, maxOpenMs: 8_000 };

describe('ConnectionGate', () => {
  it('lets calls through until the budget of the window is spent', () => {
    const gate = new ConnectionGate(2, 0, policy, null);
    gate.take(0);
    gate.take(10);
    expect(gate.blocked(20)).toBe('budget');
    expect(gate.openAt(20)).toBe(60_000);
    expect(gate.blocked(60_000)).toBeNull();
  });

  it('holds every call during a pause, then opens', () => {
    const gate = new ConnectionGate(undefined, 0, policy, null);
    gate.pause(5_000);
    expect(gate.blocked(4_999)).toBe('paused');
    expect(gate.openAt(0)).toBe(5_000);
    expect(gate.blocked(5_000)).toBeNull();
  });

  it('opens the breaker after consecutive outages and lets one probe through', () => {
    const gate = new ConnectionGate(undefined, 0, policy, null);
    gate.failed(0);
    gate.failed(0);
    expect(gate.blocked(500)).toBe('breaker');
    expect(gate.blocked(1_000)).toBeNull();
    gate.take(1_000);
    expect(gate.blocked(1_001)).toBe('breaker');
    expect(gate.openAt(1_001)).toBe(Infinity);
    gate.answered();
    expect(gate.blocked(1_002)).toBeNull();
  });

  it("keeps the previous owner's pause and spent budget", () => {
    const gate = new ConnectionGate(1, 0, policy, {
      reportedAt: 1_000,
      stopBy: 1_000,
      pausedUntil: 2_000,
      calls: [[0, 1]],
    });
    expect(gate.blocked(1_500)).toBe('paused');
    expect(gate.blocked(2_000)).toBe('budget');
    expect(gate.openAt(2_000)).toBe(60_999);
    expect(gate.report(2_000, 2_000)).toEqual({
      reportedAt: 2_000,
      stopBy: 2_000,
      pausedUntil: 2_000,
      calls: [[0, 1]],
    });
  });
});
