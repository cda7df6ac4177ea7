import fc from 'fast-check';
import { BreakerState, CLOSED, admit, breakerLevel, onAnswer, onFailure, readyAt } from './circuit-breaker';

const policy = { failureThreshold: 3, openMs: 1_000, maxOpenMs: 3_000 };

function fail(state: BreakerState, times: number, now = 0): BreakerState {
  for (let i = 0; i < times; i++) {
    state = onFailure(state, now, policy);
  }
  return state;
}

describe('circuit breaker', () => {
  it('opens after the threshold of consecutive failures', () => {
    expect(fail(CLOSED, 2)).toEqual({ kind: 'closed', failures: 2 });
    expect(fail(CLOSED, 3)).toEqual({ kind: 'open', opens: 1, until: 1_000 });
    expect(onAnswer(fail(CLOSED, 2))).toEqual(CLOSED);
  });

  it('admits nothing while open, then one probe', () => {
    const open = fail(CLOSED, 3);
    expect(admit(open, 999)).toBeNull();
    expect(readyAt(open, 500)).toBe(1_000);
    const probing = admit(open, 1_000);
    expect(probing).toEqual({ kind: 'half-open', opens: 1, probing: true });
    expect(admit(probing!, 1_001)).toBeNull();
    expect(readyAt(probing!, 1_001)).toBe(Infinity);
    expect(breakerLevel(probing!)).toBe(1);
  });

  it('closes on a good probe and opens longer on a bad one, up to the maximum', () => {
    const probing = admit(fail(CLOSED, 3), 1_000)!;
    expect(onAnswer(probing)).toEqual(CLOSED);
    const reopened = onFailure(probing, 1_000, policy);
    expect(reopened).toEqual({ kind: 'open', opens: 2, until: 3_000 });
    const third = onFailure(admit(reopened, 3_000)!, 3_000, policy);
    expect(third).toEqual({ kind: 'open', opens: 3, until: 6_000 });
    const fourth = onFailure(admit(third, 6_000)!, 6_000, policy);
    expect(fourth).toEqual({ kind: 'open', opens: 4, until: 9_000 });
  });

  it('lets exactly one probe out of an open breaker until the probe returns', () => {
    fc.assert(
      fc.property(fc.nat(5), fc.array(fc.nat(5_000), { maxLength: 50 }), (opens, gaps) => {
        let state: BreakerState = { kind: 'open', opens: opens + 1, until: 1_000 };
        let now = 0;
        let admitted = 0;
        for (const gap of gaps) {
          now += gap;
          const next: BreakerState | null = admit(state, now);
          if (next) {
            admitted += 1;
            state = next;
          }
        }
        return admitted === (now >= 1_000 ? 1 : 0);
      }),
    );
  });
});
