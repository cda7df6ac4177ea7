import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { SIM_KINDS } from '../kinds/sim-kinds.list';
import { maxInWindow, minGapMs } from '../sim/call-ring';
import { Simulator } from '../sim/simulator.service';
import { callsView, faultsView } from './admin.views';
import { knownKind, positiveQuery, validBody } from './admin.input';
import { FaultDto, toFault } from './dto/fault.dto';
import { OAuthSettingsDto } from './dto/small.dto';

/** Kind-wide faults and call counts, the OAuth token settings, and a reset of everything. */
@Controller('admin')
export class AdminController {
  constructor(private readonly sim: Simulator) {}

  @Post('kinds/:kind/faults')
  addFault(@Param('kind') kind: string, @Body() body: unknown) {
    const faults = this.sim.kind(knownKind(kind).kind).faults;
    faults.add(toFault(validBody(FaultDto, body)));
    return { kind, faults: faultsView(faults.list()) };
  }

  @Delete('kinds/:kind/faults')
  @HttpCode(204)
  clearFaults(@Param('kind') kind: string): void {
    this.sim.kind(knownKind(kind).kind).faults.clear();
  }

  /** Keeps up to 100 000 call times; answers the last `limit` (1000 by default). */
  @Get('kinds/:kind/calls')
  kindCalls(@Param('kind') kind: string, @Query('windowMs') windowMs?: string, @Query('limit') limit?: string) {
    const calls = this.sim.kind(knownKind(kind).kind).calls;
    return callsView(calls, positiveQuery('windowMs', windowMs, 60_000), positiveQuery('limit', limit, 1000));
  }

  /** Per kind: calls, the busiest window, and the smallest gap between two calls of one payment. */
  @Get('calls')
  calls(@Query('windowMs') windowMs?: string) {
    const window = positiveQuery('windowMs', windowMs, 60_000);
    const kinds = Object.fromEntries(SIM_KINDS.map(({ kind }) => [kind, this.kindSummary(kind, window)]));
    const total = Object.values(kinds).reduce((sum, { count }) => sum + count, 0);
    return { total, windowMs: window, kinds, tokensIssued: this.sim.tokens.issued };
  }

  @Get('oauth')
  oauth() {
    const tokens = this.sim.tokens;
    return { ttlSeconds: tokens.ttlSeconds, issued: tokens.issued, active: tokens.active(Date.now()) };
  }

  @Put('oauth')
  setOauth(@Body() body: unknown) {
    this.sim.tokens.ttlSeconds = validBody(OAuthSettingsDto, body).ttlSeconds;
    return this.oauth();
  }

  @Post('oauth/revoke')
  @HttpCode(204)
  revoke(): void {
    this.sim.tokens.revokeAll();
  }

  @Post('reset')
  @HttpCode(204)
  reset(): void {
    this.sim.reset();
  }

  private kindSummary(kind: string, windowMs: number) {
    const calls = this.sim.kind(kind).calls;
    let paymentMinGapMs: number | null = null;
    for (const payment of this.sim.list(kind)) {
      const gap = minGapMs(payment.calls.timestamps());
      if (gap !== null && (paymentMinGapMs === null || gap < paymentMinGapMs)) {
        paymentMinGapMs = gap;
      }
    }
    return { count: calls.count, maxInWindow: maxInWindow(calls.timestamps(), windowMs), paymentMinGapMs };
  }
}
