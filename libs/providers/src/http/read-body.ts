import { ProviderError } from '../provider-error';

/** Status answers are a few KiB; a provider that sends megabytes is broken, not a reason to run out of memory. */
export const MAX_BODY_BYTES = 1024 * 1024;

export async function readBody(body: AsyncIterable<Buffer>, status: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) {
      throw ProviderError.malformed(`body larger than ${MAX_BODY_BYTES} bytes`, status);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size).toString('utf8');
}
