import { PaymentStatusData } from '@statushub/contract';
import { PriorityClass } from '../budget/rate-plan';
import { WatchRecord } from '../model/watch-record';
import { Timed } from '../schedule/timer-heap';

/**
 * One watch as its owner holds it in memory: the record, the payment's last state (where the
 * change decision is made, so an unchanged answer touches neither KV nor the stream) and its
 * place in the schedule. Plain fields, mutated in place: a poll allocates nothing here.
 */
export class WatchEntry implements Timed {
  dueAt = 0;
  heapIndex = -1;
  /** A poll of this payment is under way; observations of one payment never overlap. */
  busy = false;
  /** Waiting in the connection's queue of webhook re-reads. */
  urgent = false;
  /** A webhook arrived during a poll: read again once it is done. */
  rereadAfter = false;
  lastWebhookAt = -Infinity;
  /** Polled at least once since it was loaded. */
  polled = false;
  previousDelayMs = 0;
  /** Set by a failed poll: when to poll again; null for the planned interval. */
  retryDelayMs: number | null = null;
  priority: PriorityClass = 0;
  /** The payment's state was read from KV (on the first poll after the watch was loaded). */
  loaded = false;
  last: PaymentStatusData | null = null;
  lastRevision = 0;
  /** Dropped from the schedule (deleted, finished, or the connection's lease was lost). */
  removed = false;
  readonly createdAtMs: number;

  constructor(
    public record: WatchRecord,
    public recordRevision: number,
    readonly deadlineMs: number,
    /** A re-read of a finished watch for a webhook: one poll, never rescheduled. */
    readonly oneShot: boolean,
  ) {
    this.createdAtMs = Date.parse(record.createdAt);
  }

  get paymentId(): string {
    return this.record.paymentId;
  }

  /** The KV state is newer than what the record says was published, or an anomaly is unpublished. */
  get unsettled(): boolean {
    return (
      (this.last !== null && this.last.version > this.record.publishedVersion) ||
      this.record.publishedAnomalies < this.record.anomalies
    );
  }
}
