import { createHash } from 'node:crypto';
import { IncomingHttpHeaders } from 'node:http';
import { Reply } from './sim-kind';

export const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' };

export function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export function bearerToken(headers: IncomingHttpHeaders): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(header(headers, 'authorization') ?? '');
  return match?.[1];
}

export function basicCredentials(headers: IncomingHttpHeaders): { user: string; password: string } | undefined {
  const match = /^Basic\s+(\S+)$/i.exec(header(headers, 'authorization') ?? '');
  if (!match) {
    return undefined;
  }
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? undefined : { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

export function stringField(body: unknown, name: string): string | null {
  const value = (body as Record<string, unknown> | null | undefined)?.[name];
  return typeof value === 'string' && value.length > 0 ? value : null;
}

/** JSON whose money fields at `keys` are written as number literals with their exact digits (`100.00`). */
export function jsonWithNumbers(value: object, keys: readonly string[]): string {
  const pattern = new RegExp(`"(${keys.join('|')})":"(-?\\d+(?:\\.\\d+)?)"`, 'g');
  return JSON.stringify(value).replace(pattern, '"$1":$2');
}

/** A stable, realistic-looking transaction hash for a payment's n-th transaction. */
export function txHash(id: string, n: number): string {
  return '0x' + createHash('sha256').update(`${id}:${n}`).digest('hex');
}

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** A kind's error code and message per HTTP status; 500's row serves every status it lacks. */
export type ErrorTable = Readonly<Record<number, readonly [code: string, message: string]>>;

export function errorRow(table: ErrorTable, status: number): readonly [string, string] {
  return table[status] ?? table[500];
}

/** An error in the `{error:{code,message,details}}` shape of documents 001 and 004. */
export function codedError(table: ErrorTable, status: number, details: object): Reply {
  const [code, message] = errorRow(table, status);
  return { status, headers: JSON_TYPE, body: JSON.stringify({ error: { code, message, details } }) };
}

/** Documents 000 and 002 describe errors as plain HTTP statuses. */
export function plainError(status: number): Reply {
  return { status, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: '' };
}
