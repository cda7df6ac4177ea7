import { Controller, Get, Optional, ServiceUnavailableException } from '@nestjs/common';
import { NatsService } from '@statushub/nats';

@Controller()
export class HealthController {
  constructor(@Optional() private readonly nats?: NatsService) {}

  /** The process is up. */
  @Get('healthz')
  healthz(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** The process can do its work: NATS is connected (apps that use it). */
  @Get('readyz')
  readyz(): { status: 'ready' } {
    if (this.nats && !this.nats.isConnected()) {
      throw new ServiceUnavailableException('NATS is not connected');
    }
    return { status: 'ready' };
  }
}
