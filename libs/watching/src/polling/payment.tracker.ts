import { Injectable, Logger } from '@nestjs/common';
import {
  CanonicalStatus,
  Observation,
  Transition,
  Via,
  WatchEndReason,
  anomalyData,
  decideTransition,
  nextPaymentState,
  watchEndedData,
} from '@statushub/contract';
import { PaymentStateStore, StateConflictError } from '@statushub/state';
import { WatchRecord } from '../model/watch-record';
import { EventPublisher } from '../store/event.publisher';
import { WatchConflictError, WatchStore } from '../store/watch.store';
import { WatchEntry } from './watch-entry';

const MAX_CONFLICTS = 5;

/**
 * Turns observations into published changes, exactly once. Order of a change: compare-and-set
 * the payment's KV state, publish the event (msg id = event id), then record the published
 * version in the watch. A crash anywhere leaves the KV ahead of the record at worst, and
 * `settle` (run when a watch is loaded and before every poll) publishes again; the stream's
 * duplicate window drops the copy when the first publish had gone through.
 */
@Injectable()
export class PaymentTracker {
  private readonly logger = new Logger(PaymentTracker.name);

  constructor(
    private readonly states: PaymentStateStore,
    private readonly watches: WatchStore,
    private readonly events: EventPublisher,
  ) {}

  /** Reads the payment's state for a freshly loaded watch and publishes what was left unpublished. */
  async load(entry: WatchEntry): Promise<void> {
    await this.reread(entry);
    entry.loaded = true;
    await this.settle(entry);
  }

  async settle(entry: WatchEntry): Promise<void> {
    const last = entry.last;
    if (last !== null && last.version > entry.record.publishedVersion) {
      await this.events.changed(last);
    }
    if (entry.record.publishedAnomalies < entry.record.anomalies && entry.record.lastAnomaly) {
      await this.events.anomaly(entry.record.lastAnomaly, entry.record.anomalies);
    }
    const terminal = last?.terminal === true && entry.record.state === 'active';
    if (entry.unsettled || terminal) {
      await this.save(entry, (record) => ({
        ...record,
        publishedVersion: Math.max(record.publishedVersion, last?.version ?? 0),
        publishedAnomalies: record.anomalies,
        state: terminal ? 'terminal' : record.state,
      }));
    }
  }

  /**
   * Decides what `observation` does to the payment and publishes it; returns the transition's kind.
   * An unchanged answer allocates nothing and touches neither KV nor the stream.
   */
  async observe(entry: WatchEntry, observation: Observation, via: Via, atMs: number): Promise<Transition['kind']> {
    let transition = decideTransition(entry.last, observation);
    for (let conflicts = 0; transition.kind === 'changed'; conflicts++) {
      if (await this.tryChange(entry, observation, transition.status, via, new Date(atMs))) {
        return 'changed';
      }
      if (conflicts >= MAX_CONFLICTS) {
        throw new Error(`state of ${entry.paymentId} kept changing under ${MAX_CONFLICTS} compare-and-sets`);
      }
      transition = decideTransition(entry.last, observation);
    }
    if (transition.kind === 'anomaly') {
      await this.anomaly(entry, observation, transition.status, via, new Date(atMs));
    } else if (transition.kind === 'unknown') {
      this.logger.debug({ paymentId: entry.paymentId, providerStatus: observation.providerStatus }, 'unknown status');
    }
    return transition.kind;
  }

  /** Stops watching without a terminal state: the event, then the record. */
  async end(entry: WatchEntry, reason: WatchEndReason, at: Date): Promise<void> {
    await this.events.ended(watchEndedData(entry.record, entry.last, reason, at));
    await this.save(entry, (record) => ({ ...record, state: 'ended' }));
  }

  private async tryChange(
    entry: WatchEntry,
    observation: Observation,
    status: CanonicalStatus,
    via: Via,
    at: Date,
  ): Promise<boolean> {
    const next = nextPaymentState(entry.record, entry.last, observation, status, via, at);
    try {
      entry.lastRevision = await this.states.compareAndSet(next, entry.lastRevision);
    } catch (error) {
      if (!(error instanceof StateConflictError)) {
        throw error;
      }
      await this.reread(entry);
      return false;
    }
    entry.last = next;
    await this.settle(entry);
    return true;
  }

  /** Repeats of the same contradiction are one anomaly; the record is the outbox until it is published. */
  private async anomaly(entry: WatchEntry, observation: Observation, status: CanonicalStatus, via: Via, at: Date) {
    const previous = entry.record.lastAnomaly?.anomaly;
    if (previous?.observedStatus === status && previous.observedProviderStatus === observation.providerStatus) {
      return;
    }
    const data = anomalyData(entry.last!, observation, status, via, at);
    await this.save(entry, (record) => ({ ...record, anomalies: record.anomalies + 1, lastAnomaly: data }));
    await this.settle(entry);
  }

  private async reread(entry: WatchEntry): Promise<void> {
    const stored = await this.states.get(entry.record.provider, entry.paymentId);
    entry.last = stored?.data ?? null;
    entry.lastRevision = stored?.revision ?? 0;
  }

  /** Applies `change` to the latest record; a deleted watch marks the entry removed. */
  private async save(entry: WatchEntry, change: (record: WatchRecord) => WatchRecord): Promise<void> {
    for (;;) {
      const record = change(entry.record);
      try {
        entry.recordRevision = await this.watches.update(record, entry.recordRevision);
        entry.record = record;
        return;
      } catch (error) {
        if (!(error instanceof WatchConflictError)) {
          throw error;
        }
      }
      const fresh = await this.watches.get(entry.record.provider, entry.paymentId);
      if (fresh === null) {
        entry.removed = true;
        return;
      }
      entry.record = fresh.record;
      entry.recordRevision = fresh.revision;
    }
  }
}
