const JSON_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;
const PLAIN_NAME = /^[A-Za-z_]\w*$/;

/**
 * `JSON.parse`, except that a number given as the value of one of `decimalKeys` comes back as
 * its source text (`"amount_usd": 100.00` → `"100.00"`), so money never passes through a binary
 * float. Node 20 has no reviver source-text access, so a pre-pass quotes those number literals,
 * and `JSON.parse` still checks the whole text.
 */
export function parseJsonKeepingDecimals(text: string, decimalKeys: ReadonlySet<string>): unknown {
  if (decimalKeys.size === 0) {
    return JSON.parse(text);
  }
  const members = memberPattern(decimalKeys);
  return JSON.parse(
    members && !text.includes('\\') ? text.replace(members, quoteMember) : quoteDecimals(text, decimalKeys),
  );
}

const patterns = new WeakMap<ReadonlySet<string>, RegExp | null>();

/**
 * A text without a backslash has no escape, so each of its quotes starts or ends a string: where
 * `"amount_usd"` stands, that is the string (after a string's end, a name's letter is no JSON).
 * One regular expression then finds the members, far faster than walking every string; it takes
 * plain names only. The other texts are walked string by string.
 */
function memberPattern(keys: ReadonlySet<string>): RegExp | null {
  let pattern = patterns.get(keys);
  if (pattern === undefined) {
    const names = [...keys];
    const space = '[ \\t\\n\\r]*';
    pattern = names.every((name) => PLAIN_NAME.test(name))
      ? new RegExp(`("(?:${names.join('|')})"${space}:${space})([-0-9][-+.eE0-9]*)`, 'g')
      : null;
    patterns.set(keys, pattern);
  }
  return pattern;
}

function quoteMember(member: string, name: string, literal: string): string {
  return JSON_NUMBER.test(literal) ? `${name}"${literal}"` : member;
}

function quoteDecimals(text: string, keys: ReadonlySet<string>): string {
  let out = '';
  let copied = 0;
  let at = text.indexOf('"');
  while (at !== -1) {
    const end = stringEnd(text, at);
    const value = valueStart(text, end + 1);
    if (value !== -1 && isNumberStart(text.charCodeAt(value)) && keys.has(decode(text.slice(at, end + 1)))) {
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
  while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) {
    backslashes++;
  }
  return backslashes % 2 === 1;
}

/** Where the value after a member name starts (`"key" : value`), or -1 if this string is not a name. */
function valueStart(text: string, from: number): number {
  let at = skipSpace(text, from);
  if (text.charCodeAt(at) !== COLON) {
    return -1;
  }
  at = skipSpace(text, at + 1);
  return at < text.length ? at : -1;
}

function skipSpace(text: string, from: number): number {
  let at = from;
  while (at < text.length && isSpace(text.charCodeAt(at))) {
    at++;
  }
  return at;
}

function numberEnd(text: string, from: number): number {
  let at = from;
  while (at < text.length && isNumberChar(text.charCodeAt(at))) {
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

const [COLON, BACKSLASH, MINUS, PLUS, DOT, ZERO, NINE] = [':', '\\', '-', '+', '.', '0', '9'].map((c) =>
  c.charCodeAt(0),
);

function isNumberStart(code: number): boolean {
  return code === MINUS || (code >= ZERO && code <= NINE);
}

function isNumberChar(code: number): boolean {
  return isNumberStart(code) || code === PLUS || code === DOT || code === 0x65 || code === 0x45;
}

/** JSON's whitespace: space, tab, line feed, carriage return. */
function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}
