import { BeforeApplicationShutdown, Inject, Injectable } from '@nestjs/common';
import { ServerResponse } from 'node:http';
import { ResolvedSandboxOptions, SANDBOX_OPTIONS } from '../sandbox.options';
import { Answer } from './answer';

/**
 * Writes answers straight to the response (no ETag, no serializer: nothing per call but the
 * bytes), and keeps track of held ones (hangs, delays) so shutdown need not wait for them.
 */
@Injectable()
export class AnswerWriter implements BeforeApplicationShutdown {
  private readonly held = new Set<ServerResponse>();

  constructor(@Inject(SANDBOX_OPTIONS) private readonly options: ResolvedSandboxOptions) {}

  write(res: ServerResponse, answer: Answer): void {
    switch (answer.type) {
      case 'reply': {
        const { status, headers, body } = answer.reply;
        res.writeHead(status, { ...headers, 'content-length': Buffer.byteLength(body) });
        res.end(body);
        return;
      }
      case 'hang':
        this.hold(res, this.options.maxHangMs, () => res.destroy());
        return;
      case 'reset':
        res.socket?.destroy();
        return;
      case 'delay':
        this.hold(res, answer.ms, () => this.write(res, answer.then));
        return;
    }
  }

  beforeApplicationShutdown(): void {
    for (const res of this.held) {
      res.destroy();
    }
  }

  /** Runs `then` after `ms` unless the client has gone by then. */
  private hold(res: ServerResponse, ms: number, then: () => void): void {
    const timer = setTimeout(then, ms);
    this.held.add(res);
    res.once('close', () => {
      clearTimeout(timer);
      this.held.delete(res);
    });
  }
}
