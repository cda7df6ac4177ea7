import { AgeThresholds, RatePlan, planIntervals, priorityClass } from '../budget/rate-plan';
import { TimerHeap } from '../schedule/timer-heap';
import { WatchEntry } from './watch-entry';

export interface ScheduleSettings {
  intervalMs: number;
  /** Calls per minute the regular schedule may plan for; null for no limit. */
  plannedPerMinute: number | null;
  ages: AgeThresholds;
}

/**
 * One connection's schedule, without timers or I/O: webhook re-reads first (FIFO), then the heap
 * of due watches. Tracks how many watches are in each priority class, so the rate plan (and the
 * interval each class gets) follows the load as it changes.
 */
export class WatchSchedule {
  private readonly heap = new TimerHeap<WatchEntry>();
  private urgentQueue: WatchEntry[] = [];
  private urgentHead = 0;
  private readonly counts = [0, 0, 0];
  private ratePlan: RatePlan;

  constructor(private readonly settings: ScheduleSettings) {
    this.ratePlan = this.replan();
  }

  get plan(): RatePlan {
    return this.ratePlan;
  }

  track(entry: WatchEntry, now: number): void {
    entry.priority = priorityClass(entry.last?.status ?? null, now - entry.createdAtMs, this.settings.ages);
    this.counts[entry.priority]++;
    this.ratePlan = this.replan();
  }

  untrack(entry: WatchEntry): void {
    this.heap.remove(entry);
    entry.urgent = false;
    this.counts[entry.priority]--;
    this.ratePlan = this.replan();
  }

  at(entry: WatchEntry, dueAt: number): void {
    this.heap.schedule(entry, dueAt);
  }

  /** Next poll, `delayMs` after one that ended at `endedAt`, or the planned interval of its class. */
  after(entry: WatchEntry, endedAt: number, delayMs: number | null): void {
    const priority = priorityClass(entry.last?.status ?? null, endedAt - entry.createdAtMs, this.settings.ages);
    if (priority !== entry.priority) {
      this.counts[entry.priority]--;
      this.counts[priority]++;
      entry.priority = priority;
      this.ratePlan = this.replan();
    }
    this.heap.schedule(entry, endedAt + (delayMs ?? this.ratePlan.intervalsMs[priority]));
  }

  /** Ahead of every scheduled poll (a webhook). */
  hurry(entry: WatchEntry, now: number): void {
    if (entry.urgent) {
      return;
    }
    this.heap.remove(entry);
    entry.urgent = true;
    entry.dueAt = now;
    this.urgentQueue.push(entry);
  }

  /** The entry to poll next if one is due at `now`; it stays until `take`. */
  due(now: number): WatchEntry | undefined {
    while (this.urgentHead < this.urgentQueue.length) {
      const entry = this.urgentQueue[this.urgentHead];
      if (entry.urgent) {
        return entry;
      }
      this.shiftUrgent();
    }
    const top = this.heap.peek();
    return top !== undefined && top.dueAt <= now ? top : undefined;
  }

  take(entry: WatchEntry): void {
    if (entry.urgent) {
      entry.urgent = false;
      this.shiftUrgent();
    } else {
      this.heap.remove(entry);
    }
  }

  nextDueAt(): number {
    return this.heap.peek()?.dueAt ?? Infinity;
  }

  private shiftUrgent(): void {
    this.urgentHead++;
    if (this.urgentHead === this.urgentQueue.length) {
      this.urgentQueue = [];
      this.urgentHead = 0;
    }
  }

  private replan(): RatePlan {
    return planIntervals(this.counts, this.settings.intervalMs, this.settings.plannedPerMinute);
  }
}
