import fc from 'fast-check';
import { fairShare, planLeases } from './fair-share';

describe('lease planning', () => {
  it('splits connections across live instances, rounding up', () => {
    expect(fairShare(5, 2)).toBe(3);
    expect(fairShare(5, 0)).toBe(5);
    expect(fairShare(1, 3)).toBe(1);
  });

  it('acquires below the share, releases above it', () => {
    expect(planLeases(0, 5, 2)).toEqual({ action: 'acquire' });
    expect(planLeases(3, 5, 2)).toEqual({ action: 'hold' });
    expect(planLeases(5, 5, 2)).toEqual({ action: 'release' });
  });

  it('settles with every connection owned when each instance follows the plan', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 6 }), (connections, instances) => {
        const held = Array.from({ length: instances }, () => 0);
        held[0] = connections;
        for (let round = 0; round < connections * instances + 2; round++) {
          held.forEach((n, i) => {
            const free = connections - held.reduce((a, b) => a + b, 0);
            const plan = planLeases(n, connections, instances);
            if (plan.action === 'release') {
              held[i] -= 1;
            } else if (plan.action === 'acquire' && free > 0) {
              held[i] += 1;
            }
          });
        }
        const share = fairShare(connections, instances);
        return held.reduce((a, b) => a + b, 0) === connections && held.every((n) => n <= share);
      }),
    );
  });
});
