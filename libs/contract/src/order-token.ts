const SAFE_BYTE = /^[A-Za-z0-9_-]$/;
const TOKEN = /^(?:[A-Za-z0-9_-]|=[0-9A-F]{2})+$/;

export const MAX_ID_LENGTH = 128;

/**
 * CONTRACT §2: every byte of the id's UTF-8 form outside [A-Za-z0-9_-] becomes `=XX`,
 * so any order or payment id is one NATS subject token and one KV key segment.
 */
export function encodeToken(id: string): string {
  let out = '';
  for (const byte of Buffer.from(id, 'utf8')) {
    const char = String.fromCharCode(byte);
    out += SAFE_BYTE.test(char) ? char : '=' + byte.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

export function decodeToken(token: string): string {
  if (!TOKEN.test(token)) {
    throw new Error(`not an encoded token: ${JSON.stringify(token)}`);
  }
  const bytes: number[] = [];
  for (let i = 0; i < token.length; i++) {
    if (token[i] === '=') {
      bytes.push(parseInt(token.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(token.charCodeAt(i));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}
