import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiKeyGuard, AuthService } from '@statushub/auth';
import { HubError, StreamTokenRequestDto, validateInput } from '@statushub/contract';

/** CONTRACT §4/§5: a merchant backend (API key) mints an order token for its browser. */
@Controller('v1/stream-tokens')
@UseGuards(ApiKeyGuard)
export class StreamTokensController {
  constructor(private readonly auth: AuthService) {}

  @Post()
  @HttpCode(200)
  async mint(@Body() body: unknown): Promise<{ token: string; expiresAt: string }> {
    const request = validateInput(StreamTokenRequestDto, body);
    if (!request.ok) {
      throw HubError.invalid(request.errors);
    }
    return this.auth.mintOrderToken(request.value.orderIds, request.value.ttlSeconds);
  }
}
