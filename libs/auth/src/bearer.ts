import { Request } from 'express';

/** The credential of an HTTP call: `Authorization: Bearer …`, else `?token=…` (for EventSource). */
export function bearerCredential(req: Request): string | undefined {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) {
    return header.slice('Bearer '.length).trim();
  }
  const token = req.query.token;
  return typeof token === 'string' ? token : undefined;
}
