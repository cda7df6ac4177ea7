import { ClassConstructor, plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import fc from 'fast-check';
import { OAuthTokenAnswer } from '../adapters/crypto-oauth/oauth-token.response';
import { STATUS_ANSWERS } from '../adapters/status-answers.fixtures';
import { parseJsonKeepingDecimals } from './lossless-json';
import { fastShape } from './schema.compiler';
import { TRANSFORM_OPTIONS } from './transform.compiler';

type Node = Record<string, unknown>;

interface Change {
  kind: 'delete' | 'set' | 'add';
  /** Which object or array of the body, then which of its entries (modulo their counts). */
  node: number;
  entry: number;
  key: string;
  value: unknown;
  /** When set, the value is a copy of that object or array of the body instead. */
  graft: number | null;
}

const SCHEMAS = [
  ...STATUS_ANSWERS,
  {
    kind: 'oauth-token',
    body: '{"access_token":"t","token_type":"Bearer","expires_in":"3600","scope":"read"}',
    schema: OAuthTokenAnswer,
    decimals: new Set<string>(),
  },
];

/** Values of every JSON type, some of them valid somewhere: a decimal, a token type, an object class-transformer chokes on. */
const PROBES: readonly unknown[] = [
  ...[null, '', 'x', 'Bearer', '100.50', '1e2', 0, -1, 1.5, true, false],
  ...[[], {}, [null], [{}], [[]], { constructor: 'x' }, { constructor: null }],
];

const JUNK = fc.oneof(
  { arbitrary: fc.jsonValue({ maxDepth: 2 }), weight: 1 },
  { arbitrary: fc.constantFrom(...PROBES), weight: 2 },
);

/** What class-transformer and class-validator themselves make of a body: the instance, or undefined. */
function libraries(schema: ClassConstructor<object>, raw: object): object | undefined {
  try {
    const value = plainToInstance(schema, raw, TRANSFORM_OPTIONS);
    return validateSync(value, { forbidUnknownValues: true }).length === 0 ? value : undefined;
  } catch {
    return undefined;
  }
}

function containers(value: unknown, found: Node[] = []): Node[] {
  if (typeof value === 'object' && value !== null) {
    found.push(value as Node);
    Object.values(value).forEach((item) => containers(item, found));
  }
  return found;
}

function keysOf(value: unknown): string[] {
  return containers(value).flatMap((node) => (Array.isArray(node) ? [] : Object.keys(node)));
}

function mutate(body: unknown, changes: Change[]): unknown {
  const copy: unknown = structuredClone(body);
  for (const { kind, node: nodeAt, entry, key, value, graft } of changes) {
    const nodes = containers(copy);
    const node = nodes[nodeAt % nodes.length];
    const entries = Object.keys(node);
    const name = kind === 'add' || entries.length === 0 ? key : entries[entry % entries.length];
    const given: unknown = structuredClone(graft === null ? value : nodes[graft % nodes.length]);
    if (kind === 'delete') {
      delete node[name];
    } else {
      Object.defineProperty(node, name, { value: given, enumerable: true, writable: true, configurable: true });
    }
  }
  return copy;
}

/**
 * The example as given, with `success` false (cyberpay's `data` is only checked when it is true),
 * and both with their declared fields only, so that changes land on those.
 */
function examplesOf({ body, schema, decimals }: (typeof SCHEMAS)[number]): object[] {
  const whole = [body, body.replace('"success": true', '"success": false')].map(
    (text) => parseJsonKeepingDecimals(text, decimals) as object,
  );
  return [...whole, ...whole.map((raw) => JSON.parse(JSON.stringify(libraries(schema, raw))) as object)];
}

/** Each entry of each object or array of the body removed, set to each probe, or set to a copy of each part of the body. */
function singleChanges(body: object): Change[] {
  const nodes = containers(body);
  const change = (node: number, entry: number, kind: Change['kind'], value: unknown, graft: number | null) => ({
    kind,
    node,
    entry,
    key: '',
    value,
    graft,
  });
  return nodes.flatMap((node, at) =>
    Object.keys(node).flatMap((_, entry) => [
      change(at, entry, 'delete', null, null),
      ...PROBES.map((value) => change(at, entry, 'set', value, null)),
      ...nodes.map((__, graft) => change(at, entry, 'set', null, graft)),
    ]),
  );
}

function expectAgreement({ schema, decimals }: (typeof SCHEMAS)[number], body: unknown): void {
  const text = JSON.stringify(body);
  const raw = () => parseJsonKeepingDecimals(text, decimals) as object;
  const fast = fastShape(schema, raw());
  const slow = libraries(schema, raw());
  expect({ text, accepted: fast !== undefined, fast }).toStrictEqual({
    text,
    accepted: slow !== undefined,
    fast: slow,
  });
}

const CASES = SCHEMAS.map((answer) => [answer.kind, answer] as const);

describe('the compiled schemas accept and build what the libraries do', () => {
  it.each(CASES)('for each single change of the declared fields of the %s example', (_, answer) => {
    for (const example of examplesOf(answer).slice(2)) {
      singleChanges(example).forEach((change) => expectAgreement(answer, mutate(example, [change])));
    }
  });

  it.each(CASES)('for random changes of the %s example', (_, answer) => {
    const examples = examplesOf(answer);
    const change = fc.record({
      kind: fc.constantFrom<Change['kind']>('set', 'set', 'delete', 'add'),
      node: fc.nat(),
      entry: fc.nat(),
      key: fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom('constructor', '__proto__', ...keysOf(examples[0]))),
      value: JUNK,
      graft: fc.option(fc.nat(), { freq: 4 }),
    });
    fc.assert(
      fc.property(fc.constantFrom(...examples), fc.array(change, { minLength: 1, maxLength: 4 }), (example, changes) =>
        expectAgreement(answer, mutate(example, changes)),
      ),
      { numRuns: 300 },
    );
  });
});
