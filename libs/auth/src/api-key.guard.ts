import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { HubError } from '@statushub/contract';
import { Request } from 'express';
import { AuthService } from './auth.service';
import { bearerCredential } from './bearer';

/** Server-to-server routes: an API key in `Authorization: Bearer <key>`. */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(private readonly auth: AuthService) {}

  canActivate(context: ExecutionContext): boolean {
    if (!this.auth.enabled) {
      return true;
    }
    const req = context.switchToHttp().getRequest<Request>();
    const header = req.headers.authorization;
    if (!header?.startsWith('Bearer ') || !this.auth.isApiKey(bearerCredential(req))) {
      throw new HubError('UNAUTHORIZED', 'a valid API key is required: Authorization: Bearer <key>');
    }
    return true;
  }
}
