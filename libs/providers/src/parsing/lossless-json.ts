const NUMBER_START = /[-0-9]/;
const NUMBER_CHAR = /[-+.eE0-9]/;
const SPACE = /[ \t\n\r]/;
const JSON_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;

/**
 * `JSON.parse`, except that a number given as the value of one of `decimalKeys` comes back as
 * its source text (`"amount_usd": 100.00` → `"100.00"`), so money never passes through a binary
 * float. Node 20 has no reviver source-text access, so a pre-pass quotes those number literals;
 * it only walks string tokens, and `JSON.parse` still checks the whole text.
 */
export function parseJsonKeepingDecimals(text: string, decimalKeys: ReadonlySet<string>): unknown {
  return JSON.parse(decimalKeys.size === 0 ? text : quoteDecimals(text, decimalKeys));
}

function quoteDecimals(text: string, keys: ReadonlySet<string>): string {
  let out = '';
  let copied = 0;
  let at = text.indexOf('"');
  while (at !== -1) {
    const end = stringEnd(text, at);
    const value = valueStart(text, end + 1);
    if (value !== -1 && NUMBER_START.test(text[value]) && keys.has(decode(text.slice(at, end + 1)))) {
      const after = numberEnd(text, value);
      const literal = text.slice(value, after);
      if (JSON_NUMBER.test(literal)) {
        out += `${text.slice(copied, value)}"${literal}"`;
        copied = after;
      }
    }
    at = text.indexOf('"', end + 1);
  }
  return out + text.slice(copied);
}

/** Index of the quote that closes the string opened at `open`; the text's end if it never closes. */
function stringEnd(text: string, open: number): number {
  let at = text.indexOf('"', open + 1);
  while (at !== -1 && isEscaped(text, at)) {
    at = text.indexOf('"', at + 1);
  }
  return at === -1 ? text.length : at;
}

function isEscaped(text: string, quote: number): boolean {
  let backslashes = 0;
  while (text[quote - 1 - backslashes] === '\\') {
    backslashes++;
  }
  return backslashes % 2 === 1;
}

/** Where the value after a member name starts (`"key" : value`), or -1 if this string is not a name. */
function valueStart(text: string, from: number): number {
  let at = skipSpace(text, from);
  if (text[at] !== ':') {
    return -1;
  }
  at = skipSpace(text, at + 1);
  return at < text.length ? at : -1;
}

function skipSpace(text: string, from: number): number {
  let at = from;
  while (at < text.length && SPACE.test(text[at])) {
    at++;
  }
  return at;
}

function numberEnd(text: string, from: number): number {
  let at = from;
  while (at < text.length && NUMBER_CHAR.test(text[at])) {
    at++;
  }
  return at;
}

function decode(quoted: string): string {
  if (!quoted.includes('\\')) {
    return quoted.slice(1, -1);
  }
  try {
    return JSON.parse(quoted) as string;
  } catch {
    return '';
  }
}
