import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { ErrorBody, ErrorCode, HubError } from '@statushub/contract';
import { Response } from 'express';

const STATUS_OF: Record<ErrorCode, number> = {
  INVALID_REQUEST: 400,
  INVALID_MESSAGE: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  UNKNOWN_PROVIDER: 404,
  TOO_MANY_SUBSCRIPTIONS: 429,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

const CODE_OF: Partial<Record<number, ErrorCode>> = {
  400: 'INVALID_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  429: 'RATE_LIMITED',
};

/** Every HTTP error leaves as `{"error":{code,message,details}}` (CONTRACT §7), never with a stack trace. */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(HttpErrorFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const [status, body] = this.toError(exception);
    if (!response.headersSent) {
      response.status(status).json({ error: body });
    }
  }

  private toError(exception: unknown): [number, ErrorBody] {
    if (exception instanceof HubError) {
      return [STATUS_OF[exception.code], exception.toBody()];
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      return [
        status,
        { code: CODE_OF[status] ?? (status < 500 ? 'INVALID_REQUEST' : 'INTERNAL'), message: exception.message },
      ];
    }
    this.logger.error({ err: exception }, 'unhandled error');
    return [HttpStatus.INTERNAL_SERVER_ERROR, { code: 'INTERNAL', message: 'internal error' }];
  }
}
