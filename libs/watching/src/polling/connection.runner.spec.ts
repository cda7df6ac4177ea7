import { Logger } from '@nestjs/common';
import { ProviderError } from '@statushub/providers';
import { FakeProvider, FakeTracker, record, runner } from './runner.fixture';

describe('ConnectionRunner', () => {
  let provider: FakeProvider;
  let tracker: FakeTracker;

  beforeAll(() => Logger.overrideLogger(false));

  beforeEach(() => {
    jest.useFakeTimers({ now: 1_000_000 });
    provider = new FakeProvider();
    tracker = new FakeTracker();
  });

  afterEach(() => jest.useRealTimers());

  it('polls a new watch at once, then every interval from the end of the previous poll', async () => {
    const run = runner(provider, tracker);
    run.upsert(record('a'), 1, false);
    await jest.advanceTimersByTimeAsync(3_500);
    expect(provider.callsOf('a')).toEqual([1_000_000, 1_001_000, 1_002_000, 1_003_000]);
    run.halt();
  });

  it('spreads watches loaded on takeover over one interval after notBefore', async () => {
    const run = runner(provider, tracker, { notBefore: 1_005_000 });
    run.upsert(record('a'), 1, true);
    await jest.advanceTimersByTimeAsync(5_400);
    expect(provider.calls).toEqual([]);
    await jest.advanceTimersByTimeAsync(200);
    expect(provider.callsOf('a')).toEqual([1_005_500]);
    run.halt();
  });

  it('never polls one payment twice at once: a webhook during a poll reads again right after it', async () => {
    provider.hang.add('a');
    const run = runner(provider, tracker);
    run.upsert(record('a'), 1, false);
    await jest.advanceTimersByTimeAsync(10);
    run.hurry(run.entries.get('a')!, Date.now());
    await jest.advanceTimersByTimeAsync(100);
    expect(provider.callsOf('a')).toHaveLength(1);
    provider.release('a');
    await jest.advanceTimersByTimeAsync(1);
    expect(provider.callsOf('a')).toEqual([1_000_000, 1_000_110]);
    run.halt();
  });

  it('keeps other payments going while one hangs, up to the concurrency cap', async () => {
    provider.hang = new Set(['h1', 'h2']);
    const run = runner(provider, tracker, { settings: { maxInFlight: 3 } });
    ['h1', 'h2', 'ok'].forEach((id, i) => run.upsert(record(id), i + 1, false));
    await jest.advanceTimersByTimeAsync(2_500);
    expect(provider.callsOf('ok')).toHaveLength(3);
    run.upsert(record('late'), 9, false);
    await jest.advanceTimersByTimeAsync(10);
    // h1, h2 hang and ok is between polls: three slots, so late goes out.
    expect(provider.callsOf('late')).toHaveLength(1);
    run.halt();
  });

  it('spends no more than the rate budget, evenly once every watch had its first poll', async () => {
    const run = runner(provider, tracker, { connection: { rateLimitPerMinute: 2 } });
    ['a', 'b', 'c'].forEach((id, i) => run.upsert(record(id), i + 1, false));
    await jest.advanceTimersByTimeAsync(150_001);
    // Two calls a minute for three watches: first polls as the window allows, then 30 s apart, each watch every 90 s.
    expect(provider.calls.map((c) => c.at)).toEqual([1_000_000, 1_000_000, 1_060_000, 1_090_000, 1_120_000, 1_150_000]);
    expect(run.expectedLagMs).toBe(45_000);
    run.halt();
  });

  it('lets webhook re-reads use what is left of the window at once, and not a call more', async () => {
    const run = runner(provider, tracker, { connection: { rateLimitPerMinute: 3, pollIntervalMs: 600_000 } });
    run.upsert(record('a'), 1, false);
    run.upsert(record('b'), 2, false);
    await jest.advanceTimersByTimeAsync(10);
    run.hurry(run.entries.get('b')!, Date.now());
    run.hurry(run.entries.get('a')!, Date.now());
    await jest.advanceTimersByTimeAsync(59_980);
    expect(provider.callsOf('b')).toEqual([1_000_000, 1_000_010]);
    expect(provider.callsOf('a')).toEqual([1_000_000]);
    await jest.advanceTimersByTimeAsync(20);
    expect(provider.callsOf('a')).toEqual([1_000_000, 1_060_000]);
    run.halt();
  });

  it('pauses the whole connection for a Retry-After', async () => {
    const run = runner(provider, tracker);
    provider.failWith = new ProviderError('rate_limited', '429', { status: 429, retryAfterMs: 7_000 });
    run.upsert(record('a'), 1, false);
    await jest.advanceTimersByTimeAsync(10);
    provider.failWith = null;
    run.upsert(record('b'), 2, false);
    await jest.advanceTimersByTimeAsync(6_900);
    expect(provider.calls.map((c) => c.paymentId)).toEqual(['a']);
    await jest.advanceTimersByTimeAsync(200);
    expect(provider.calls.map((c) => c.paymentId).sort()).toEqual(['a', 'a', 'b']);
    run.halt();
  });

  it('stops polling a terminal payment', async () => {
    tracker.terminal.add('a');
    const run = runner(provider, tracker);
    run.upsert(record('a'), 1, false);
    await jest.advanceTimersByTimeAsync(5_000);
    expect(provider.callsOf('a')).toHaveLength(1);
    expect(run.entries.size).toBe(0);
  });

  it('ends a watch past its deadline after its first poll', async () => {
    const run = runner(provider, tracker, { connection: { maxWatchHours: 0 } });
    run.upsert(record('a'), 1, false);
    await jest.advanceTimersByTimeAsync(5_000);
    expect(provider.callsOf('a')).toHaveLength(1);
    expect(tracker.ended).toEqual(['a']);
    expect(run.entries.size).toBe(0);
  });

  it('stops scheduling when the lease is not refreshed in time, and drops deleted watches', async () => {
    const run = runner(provider, tracker);
    run.extend(1_002_500);
    run.upsert(record('a'), 1, false);
    run.upsert(record('b'), 2, false);
    run.remove('b');
    await jest.advanceTimersByTimeAsync(10_000);
    expect(provider.callsOf('a')).toEqual([1_000_000, 1_001_000, 1_002_000]);
    expect(provider.callsOf('b')).toEqual([]);
    expect(run.isHalted).toBe(true);
  });

  it('stretches the schedule by priority when the budget is short, and starves no watch', async () => {
    const old = new Date(Date.now() - 3 * 3_600_000).toISOString();
    const ages = { youngMs: 3_600_000, oldMs: 2 * 3_600_000 };
    const run = runner(provider, tracker, {
      connection: { rateLimitPerMinute: 6 },
      settings: { planPercent: 90, ages },
    });
    const hot = ['h1', 'h2'];
    const cold = Array.from({ length: 10 }, (_, i) => `c${i}`);
    hot.forEach((id, i) => run.upsert(record(id), i + 1, false));
    cold.forEach((id, i) => run.upsert(record(id, old), i + 10, false));
    await jest.advanceTimersByTimeAsync(15 * 60_000);
    const polls = (ids: string[]) => ids.map((id) => provider.callsOf(id).length);
    expect(Math.min(...polls(cold))).toBeGreaterThanOrEqual(3);
    // Planned: hot every 50 s, cold every 200 s (weights 4:1 over 5.4 calls a minute), after the first polls.
    expect(Math.min(...polls(hot))).toBeGreaterThan(2.5 * Math.max(...polls(cold)));
    expect(provider.calls.length).toBeLessThanOrEqual(6 * 15);
    run.halt();
  });

  it('schedules a watch deleted and registered again while its last poll was still out', async () => {
    provider.hang.add('a');
    const run = runner(provider, tracker);
    run.upsert(record('a'), 1, false);
    await jest.advanceTimersByTimeAsync(10);
    run.remove('a');
    run.upsert(record('a'), 3, false);
    provider.hang.clear();
    provider.release('a');
    await jest.advanceTimersByTimeAsync(1_500);
    expect(provider.callsOf('a')).toEqual([1_000_000, 1_000_010, 1_001_010]);
    run.halt();
  });
});
