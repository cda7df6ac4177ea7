import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { Simulator } from '../sim/simulator.service';
import { callsView, paymentSummary, paymentView } from './admin.views';
import { knownKind, knownPayment, positiveQuery, validBody } from './admin.input';
import { BulkCreateDto, CreatePaymentDto } from './dto/create-payment.dto';
import { FaultDto, toFault } from './dto/fault.dto';
import { AdvanceDto } from './dto/small.dto';
import { StepDto } from './dto/step.dto';

/** Payments to simulate: create, script, advance, set, fault, and read the calls they received. */
@Controller('admin/payments')
export class AdminPaymentsController {
  constructor(private readonly sim: Simulator) {}

  @Post()
  create(@Body() body: unknown) {
    const spec = validBody(CreatePaymentDto, body);
    const now = Date.now();
    return paymentView(this.sim.create(knownKind(spec.kind), spec, now), now);
  }

  @Post('bulk')
  bulk(@Body() body: unknown) {
    const spec = validBody(BulkCreateDto, body);
    const kind = knownKind(spec.kind);
    const prefix = spec.idPrefix ?? `${kind.kind}-load-`;
    const ids = spec.ids ?? Array.from({ length: spec.count ?? 0 }, (_, i) => `${prefix}${i}`);
    const now = Date.now();
    ids.forEach((id) => this.sim.create(kind, { ...spec, id }, now));
    return { kind: kind.kind, created: ids.length, first: ids[0], last: ids[ids.length - 1] };
  }

  @Get()
  list(@Query('kind') kind?: string) {
    const now = Date.now();
    const payments = this.sim.list(kind);
    return { count: payments.length, payments: payments.slice(0, 1000).map((p) => paymentSummary(p, now)) };
  }

  @Get(':kind/:id')
  get(@Param('kind') kind: string, @Param('id') id: string) {
    return paymentView(knownPayment(this.sim, kind, id), Date.now());
  }

  @Delete(':kind/:id')
  @HttpCode(204)
  delete(@Param('kind') kind: string, @Param('id') id: string): void {
    knownPayment(this.sim, kind, id);
    this.sim.delete(kind, id);
  }

  @Post(':kind/:id/advance')
  @HttpCode(200)
  advance(@Param('kind') kind: string, @Param('id') id: string, @Body() body: unknown) {
    const payment = knownPayment(this.sim, kind, id);
    const now = Date.now();
    payment.advance(validBody(AdvanceDto, body).steps, now);
    return paymentView(payment, now);
  }

  @Post(':kind/:id/state')
  @HttpCode(200)
  setState(@Param('kind') kind: string, @Param('id') id: string, @Body() body: unknown) {
    const payment = knownPayment(this.sim, kind, id);
    const now = Date.now();
    payment.set(validBody(StepDto, body), now);
    return paymentView(payment, now);
  }

  @Post(':kind/:id/faults')
  addFault(@Param('kind') kind: string, @Param('id') id: string, @Body() body: unknown) {
    const payment = knownPayment(this.sim, kind, id);
    payment.faults.add(toFault(validBody(FaultDto, body)));
    return paymentView(payment, Date.now());
  }

  @Delete(':kind/:id/faults')
  @HttpCode(204)
  clearFaults(@Param('kind') kind: string, @Param('id') id: string): void {
    knownPayment(this.sim, kind, id).faults.clear();
  }

  @Get(':kind/:id/calls')
  calls(
    @Param('kind') kind: string,
    @Param('id') id: string,
    @Query('windowMs') windowMs?: string,
    @Query('limit') limit?: string,
  ) {
    const calls = knownPayment(this.sim, kind, id).calls;
    return callsView(calls, positiveQuery('windowMs', windowMs, 60_000), positiveQuery('limit', limit, Infinity));
  }
}
