import { DynamicModule, Module } from '@nestjs/common';
import { AdminPaymentsController } from './admin/admin-payments.controller';
import { AdminController } from './admin/admin.controller';
import { resolveSandboxOptions, SANDBOX_OPTIONS, SandboxOptions } from './sandbox.options';
import { AnswerWriter } from './serve/answer-writer';
import { ProviderApiController } from './serve/provider-api.controller';
import { StatusResponder } from './serve/status-responder';
import { Simulator } from './sim/simulator.service';

/** The five provider APIs under `/<kind>`, and the admin API under `/admin`. */
@Module({})
export class SandboxModule {
  static forRoot(options: SandboxOptions = {}): DynamicModule {
    return {
      module: SandboxModule,
      controllers: [ProviderApiController, AdminPaymentsController, AdminController],
      providers: [
        { provide: SANDBOX_OPTIONS, useValue: resolveSandboxOptions(options) },
        Simulator,
        StatusResponder,
        AnswerWriter,
      ],
      exports: [Simulator],
    };
  }
}
