import { flattenErrors } from '@statushub/contract';
import { ClassConstructor, plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { ProviderError } from '../provider-error';
import { parseJsonKeepingDecimals } from './lossless-json';
import { fastShape } from './schema.compiler';
import { TRANSFORM_OPTIONS } from './transform.compiler';

const NO_KEYS: ReadonlySet<string> = new Set();

/** A provider's JSON body checked against its response schema; otherwise `malformed`, naming the first bad field. */
export function parseBody<T extends object>(
  text: string,
  schema: ClassConstructor<T>,
  decimalKeys: ReadonlySet<string> = NO_KEYS,
): T {
  let raw: unknown;
  try {
    raw = parseJsonKeepingDecimals(text, decimalKeys);
  } catch {
    throw ProviderError.malformed('body is not valid JSON');
  }
  return validateShape(schema, raw);
}

/**
 * Only fields the schema declares with `@Expose()` are copied, so personal data never reaches
 * the instance and the parts the hub ignores (events, fees) cost nothing to skip. The schema's
 * compiled form answers when it is sure the body passes; class-transformer and class-validator
 * themselves decide every other case, and word the error.
 */
export function validateShape<T extends object>(schema: ClassConstructor<T>, raw: unknown): T {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw ProviderError.malformed('body is not a JSON object');
  }
  return fastShape(schema, raw) ?? slowShape(schema, raw);
}

function slowShape<T extends object>(schema: ClassConstructor<T>, raw: object): T {
  let value: T;
  try {
    value = plainToInstance(schema, raw, TRANSFORM_OPTIONS);
  } catch {
    // class-transformer takes an object with a `constructor` member for a class instance, and throws.
    throw ProviderError.malformed(`body cannot be read as ${schema.name}`);
  }
  const errors = validateSync(value, { forbidUnknownValues: true });
  if (errors.length > 0) {
    const [field, messages] = Object.entries(flattenErrors(errors))[0];
    throw ProviderError.malformed(`field ${field}: ${messages[0]}`);
  }
  return value;
}

/** An answer about another payment than the one asked for is never taken as this payment's status. */
export function expectSameId(given: string, requested: string, field: string): void {
  if (given.toLowerCase() !== requested.toLowerCase()) {
    throw ProviderError.malformed(`field ${field}: answer is about another payment`);
  }
}
