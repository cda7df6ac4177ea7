import { Injectable, Logger } from '@nestjs/common';
import { JsMsg } from '@nats-io/jetstream';
import { BalanceStoreError } from './balance-store.error';
import { BalanceRepository } from './balance.repository';
import { BalanceUpdaterEnv } from './balance-updater.env';
import { BalanceUpdaterMetrics, FailureReason, SeenType } from './balance-updater.metrics';
import { Credit, decide } from './credit.decision';
import { HubEvent, parseHubEvent } from './hub-event.parse';
import { retryDelayMs } from './retry-delay';

/**
 * Settles one delivery of the stream: ack once its effect is committed (or it has none), nak with
 * a growing delay while the database cannot take it, term when no retry can help.
 */
@Injectable()
export class DepositHandler {
  private readonly logger = new Logger(DepositHandler.name);

  constructor(
    private readonly balances: BalanceRepository,
    private readonly metrics: BalanceUpdaterMetrics,
    private readonly env: BalanceUpdaterEnv,
  ) {}

  async handle(msg: JsMsg): Promise<void> {
    const parsed = parseHubEvent(msg.data);
    if (!parsed.ok) {
      this.metrics.eventsSeen.inc({ type: 'malformed' });
      return this.refuse(msg, 'malformed', parsed.reason);
    }
    this.metrics.eventsSeen.inc({ type: seenType(parsed.event) });
    const decision = decide(parsed.event);
    switch (decision.kind) {
      case 'credit':
        return this.credit(msg, decision.credit);
      case 'anomaly':
        // Never debited automatically: a reversal may be a provider's error, a chargeback or fraud, and the
        // player may have spent the money already; that is for a person to decide.
        this.metrics.anomalies.inc({ kind: decision.anomaly.kind });
        this.logger.warn({ seq: msg.seq, ...decision.anomaly }, 'payment anomaly for a player: needs a human');
        return msg.ack();
      case 'skip':
        this.logger.debug({ seq: msg.seq, eventId: parsed.event.id, reason: decision.reason }, 'nothing to credit');
        return msg.ack();
      case 'uncreditable':
        return this.refuse(msg, 'uncreditable', `${parsed.event.id}: ${decision.reason}`);
    }
  }

  private async credit(msg: JsMsg, credit: Credit): Promise<void> {
    const about = { seq: msg.seq, eventId: credit.eventId, playerId: credit.playerId };
    try {
      const result = await this.balances.credit(credit, msg.seq);
      if (result.applied) {
        this.metrics.creditsApplied.inc();
        this.logger.log({ ...about, amount: credit.amount, currency: credit.currency }, 'deposit credited');
      } else {
        this.metrics.duplicatesSkipped.inc();
        this.logger.log(about, 'deposit credited before: skipped');
      }
      msg.ack();
    } catch (error) {
      if (error instanceof BalanceStoreError && error.code === 'REJECTED') {
        return this.refuse(msg, 'database_rejected', error.message);
      }
      const delayMs = retryDelayMs(
        msg.info.deliveryCount,
        this.env.BALANCE_UPDATER_RETRY_MIN_MS,
        this.env.BALANCE_UPDATER_RETRY_MAX_MS,
      );
      this.metrics.failures.inc({ reason: 'database_unavailable' });
      this.logger.warn({ ...about, delayMs, err: error }, 'could not credit now: delivering it again later');
      msg.nak(delayMs);
    }
  }

  /** No delivery can succeed: logged with its stream sequence for a person to look at, and never delivered again. */
  private refuse(msg: JsMsg, reason: FailureReason, detail: string): void {
    this.metrics.failures.inc({ reason });
    this.logger.error({ seq: msg.seq, subject: msg.subject, reason, detail }, 'event refused');
    msg.term();
  }
}

function seenType(event: HubEvent): SeenType {
  switch (event.type) {
    case 'payment.status.changed':
      return 'changed';
    case 'payment.status.anomaly':
      return 'anomaly';
    case 'payment.watch.ended':
      return 'ended';
    case 'other':
      return 'other';
  }
}
