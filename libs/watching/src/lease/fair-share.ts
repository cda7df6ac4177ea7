/**
 * How many connections one of `instances` live pollers should own so the work spreads: an
 * instance takes no new lease at its share and hands one back when it holds more.
 */
export function fairShare(connections: number, instances: number): number {
  return Math.ceil(connections / Math.max(1, instances));
}

export type LeasePlan = { action: 'acquire' } | { action: 'release' } | { action: 'hold' };

export function planLeases(held: number, connections: number, instances: number): LeasePlan {
  const share = fairShare(connections, instances);
  if (held > share) {
    return { action: 'release' };
  }
  return held < share && held < connections ? { action: 'acquire' } : { action: 'hold' };
}
