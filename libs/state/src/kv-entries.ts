import { KvEntry } from '@nats-io/kv';

/** A compare-and-set lost to another writer (the server's "wrong last sequence"). */
export function isWrongRevision(error: unknown): boolean {
  return error instanceof Error && /wrong last sequence|key exists/i.test(error.message);
}

export function isLive(entry: KvEntry | null): entry is KvEntry {
  return entry !== null && entry.operation === 'PUT';
}
