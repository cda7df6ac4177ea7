/** For tests: the most of `times` (sorted) in any half-open window of `windowMs`. */
export function mostInAnyWindow(times: readonly number[], windowMs: number): number {
  let most = 0;
  for (let from = 0, to = 0; to < times.length; to++) {
    while (times[to] - times[from] >= windowMs) {
      from++;
    }
    most = Math.max(most, to - from + 1);
  }
  return most;
}
