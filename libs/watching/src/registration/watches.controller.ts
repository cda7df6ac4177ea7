import { Body, Controller, Delete, Get, HttpCode, Param, Post, Res, UseGuards } from '@nestjs/common';
import { ApiKeyGuard } from '@statushub/auth';
import { PaymentStatusData } from '@statushub/contract';
import { Response } from 'express';
import { WatchView } from '../model/watch-record';
import { WatchRegistrationService } from './watch-registration.service';

/** CONTRACT §3 over HTTP, for API-key holders. */
@Controller('v1/watches')
@UseGuards(ApiKeyGuard)
export class WatchesController {
  constructor(private readonly registration: WatchRegistrationService) {}

  /** 201 for a new watch, 200 with the existing one for a repeated (provider, paymentId). */
  @Post()
  async register(@Body() body: unknown, @Res({ passthrough: true }) res: Response): Promise<WatchView> {
    const { created, watch } = await this.registration.register(body);
    res.status(created ? 201 : 200);
    return watch;
  }

  @Get(':provider/:paymentId')
  find(
    @Param('provider') provider: string,
    @Param('paymentId') paymentId: string,
  ): Promise<WatchView & { latest: PaymentStatusData | null }> {
    return this.registration.find({ provider, paymentId });
  }

  @Delete(':provider/:paymentId')
  @HttpCode(204)
  async remove(@Param('provider') provider: string, @Param('paymentId') paymentId: string): Promise<void> {
    await this.registration.remove({ provider, paymentId });
  }
}
