import { ClassConstructor, ClassTransformOptions, TransformationType } from 'class-transformer';
import { defaultMetadataStorage as storage } from 'class-transformer/cjs/storage';

/** What `plainToInstance` gives for a raw object; undefined where the compiled copy cannot be sure of it. */
export type Build = (raw: object) => object | undefined;

type Schema = ClassConstructor<object>;
type Copy = (value: unknown, raw: Record<string, unknown>) => unknown;
/** The compiled build of a `@Type` target. */
type Nested = (type: Schema) => Build | null;
type TypeMetadata = NonNullable<ReturnType<typeof storage.findTypeMetadata>>;

/** A copied value the compiled copy cannot vouch for: `plainToInstance` decides. */
const UNSURE = Symbol('unsure');

const PLAIN_TO_CLASS = TransformationType.PLAIN_TO_CLASS;

/** The options `validateShape` gives `plainToInstance`; `@Transform` functions see them. */
export const TRANSFORM_OPTIONS: ClassTransformOptions = { excludeExtraneousValues: true };

/**
 * `plainToInstance(schema, raw, TRANSFORM_OPTIONS)` for JSON values, from class-transformer's own
 * metadata: a new instance with each `@Expose()`d key, `@Type` targets built the same way, then the
 * `@Transform` functions. Null when the schema uses something this does not reproduce.
 */
export function compileBuild(schema: Schema, nested: Nested): Build | null {
  const keys = exposedKeys(schema);
  const copies = keys?.map((key) => fieldCopy(schema, key, nested));
  if (!keys || !copies || copies.some((copy) => copy === null)) {
    return null;
  }
  const fields = keys.map((key, at) => ({ key, copy: copies[at] as Copy }));
  return (raw) => {
    const instance = new schema() as Record<string, unknown>;
    for (const { key, copy } of fields) {
      const value = copy((raw as Record<string, unknown>)[key], raw as Record<string, unknown>);
      if (value === UNSURE) {
        return undefined;
      }
      instance[key] = value;
    }
    return instance;
  };
}

/** The keys `plainToInstance` copies: plain `@Expose()`s of properties with no accessor or method in the way. */
function exposedKeys(schema: Schema): string[] | null {
  const unusual = storage
    .getExposedMetadatas(schema)
    .some(({ propertyName, options }) => propertyName === undefined || options.name !== undefined || options.groups);
  if (unusual || storage.getExcludedMetadatas(schema).length > 0) {
    return null;
  }
  const keys = [...new Set(storage.getExposedProperties(schema, PLAIN_TO_CLASS))];
  const sample = new schema() as Record<string, unknown>;
  const plain = keys.every(
    (key) =>
      key !== '__proto__' &&
      key !== 'constructor' &&
      !Object.getOwnPropertyDescriptor(schema.prototype, key) &&
      !(sample[key] instanceof Function),
  );
  return plain ? keys : null;
}

function fieldCopy(schema: Schema, key: string, nested: Nested): Copy | null {
  const type = storage.findTypeMetadata(schema, key);
  const copy = type ? typedCopy(type, nested) : plainCopy;
  const transforms = storage
    .findTransformMetadatas(schema, key, PLAIN_TO_CLASS)
    .filter(({ options }) => !options?.groups?.length)
    .map(({ transformFn }) => transformFn);
  if (!copy || transforms.length === 0) {
    return copy;
  }
  return (value, raw) => {
    let result = copy(value, raw);
    if (result === UNSURE) {
      return UNSURE;
    }
    for (const transform of transforms) {
      result = transform({ value: result, key, obj: raw, type: PLAIN_TO_CLASS, options: TRANSFORM_OPTIONS });
    }
    return result;
  };
}

/** A `@Type(() => Class)` field: objects become instances of the class, arrays are copied item by item. */
function typedCopy({ typeFunction, reflectedType, options }: TypeMetadata, nested: Nested): Copy | null {
  if (options.discriminator || typeFunction.length > 0) {
    return null;
  }
  const target = typeFunction() as Schema;
  const build = nested(target);
  // `plainToInstance` makes an array field's array from the reflected type: these all give a plain array.
  if (!build || ![undefined, Object, Array, target].includes(reflectedType as Schema)) {
    return null;
  }
  const copy = (value: unknown): unknown => {
    if (Array.isArray(value)) {
      return copyEach(value, copy);
    }
    return typeof value === 'object' && value !== null ? (build(value) ?? UNSURE) : value;
  };
  return copy;
}

/**
 * A field with no `@Type`: arrays and objects are copied as plain ones, without the members that
 * `Object.prototype` has (as `plainToInstance` skips them). An object with a `constructor` member
 * is taken for a class instance by `plainToInstance`; that is left to it.
 */
function plainCopy(value: unknown): unknown {
  if (Array.isArray(value)) {
    return copyEach(value, plainCopy);
  }
  if (typeof value !== 'object' || value === null) {
    return value;
  }
  if (value.constructor && value.constructor !== Object) {
    return UNSURE;
  }
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (!(key in copy)) {
      const result = plainCopy(item);
      if (result === UNSURE) {
        return UNSURE;
      }
      copy[key] = result;
    }
  }
  return copy;
}

function copyEach(items: unknown[], copy: (item: unknown) => unknown): unknown[] | typeof UNSURE {
  const result: unknown[] = [];
  for (const item of items) {
    const value = copy(item);
    if (value === UNSURE) {
      return UNSURE;
    }
    result.push(value);
  }
  return result;
}
