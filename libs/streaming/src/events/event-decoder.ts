import { Injectable, Logger } from '@nestjs/common';
import { StreamingMetrics } from '../ops/streaming.metrics';
import { MalformedEventError, OutboundEvent, outboundEvent } from './outbound-event';

/** Live feed and replay decode alike: a malformed stream message is counted, logged and skipped. */
@Injectable()
export class EventDecoder {
  private readonly logger = new Logger(EventDecoder.name);

  constructor(private readonly metrics: StreamingMetrics) {}

  decode(payload: Uint8Array, seq: number): OutboundEvent | null {
    try {
      return outboundEvent(payload, seq);
    } catch (error) {
      if (!(error instanceof MalformedEventError)) {
        throw error;
      }
      this.metrics.malformedEvents.inc();
      this.logger.warn({ seq, err: error.message }, 'skipped a malformed event');
      return null;
    }
  }
}
