import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Msg, Subscription } from '@nats-io/nats-core';
import { NATS_NAMES } from '@statushub/config';
import { ErrorBody, HubError, NatsNames } from '@statushub/contract';
import { NatsService } from '@statushub/nats';
import { WatchRegistrationService } from './watch-registration.service';

/** One instance of the group answers each request. */
export const POLLER_QUEUE_GROUP = 'statushub-poller';

type Reply = { ok: true; watch?: unknown } | { ok: false; error: ErrorBody };

/** CONTRACT §3 over NATS request/reply: the same use cases and errors as HTTP. */
@Injectable()
export class WatchRequestsListener implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(WatchRequestsListener.name);
  private subscriptions: Subscription[] = [];

  constructor(
    private readonly nats: NatsService,
    @Inject(NATS_NAMES) private readonly names: NatsNames,
    private readonly registration: WatchRegistrationService,
  ) {}

  onApplicationBootstrap(): void {
    this.subscriptions = [
      this.listen(this.names.watchCreate, async (body) => ({
        ok: true,
        watch: (await this.registration.register(body)).watch,
      })),
      this.listen(this.names.watchDelete, async (body) => {
        await this.registration.remove(body);
        return { ok: true };
      }),
    ];
  }

  beforeApplicationShutdown(): void {
    this.subscriptions.forEach((subscription) => subscription.unsubscribe());
  }

  private listen(subject: string, handle: (body: unknown) => Promise<Reply>): Subscription {
    return this.nats.nc.subscribe(subject, {
      queue: POLLER_QUEUE_GROUP,
      callback: (_error, msg) => void this.answer(msg, handle),
    });
  }

  private async answer(msg: Msg, handle: (body: unknown) => Promise<Reply>): Promise<void> {
    let reply: Reply;
    try {
      reply = await handle(parse(msg));
    } catch (error) {
      reply = { ok: false, error: this.toBody(error) };
    }
    msg.respond(JSON.stringify(reply));
  }

  private toBody(error: unknown): ErrorBody {
    if (error instanceof HubError) {
      return error.toBody();
    }
    this.logger.error({ err: error, code: 'INTERNAL' }, 'watch request failed');
    return { code: 'INTERNAL', message: 'internal error' };
  }
}

function parse(msg: Msg): unknown {
  try {
    return msg.json<unknown>();
  } catch {
    throw new HubError('INVALID_REQUEST', 'the request is not JSON', { body: ['must be a JSON object'] });
  }
}
