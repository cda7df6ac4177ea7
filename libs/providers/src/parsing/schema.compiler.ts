import { ClassConstructor } from 'class-transformer';
import { Build, compileBuild } from './transform.compiler';
import { Check, compileCheck } from './validation.compiler';

interface CompiledSchema {
  build: Build;
  check: Check;
}

type Schema = ClassConstructor<object>;

const compiled = new WeakMap<Schema, CompiledSchema | null>();
const compiling = new Set<Schema>();

/**
 * A schema class compiled once from its decorators' metadata, or null when it uses something the
 * compilers do not reproduce (or refers to itself): then only the libraries themselves read it.
 */
export function compiledSchema(schema: Schema): CompiledSchema | null {
  let found = compiled.get(schema);
  if (found === undefined) {
    if (compiling.has(schema)) {
      return null;
    }
    compiling.add(schema);
    try {
      found = compile(schema);
    } finally {
      compiling.delete(schema);
    }
    compiled.set(schema, found);
  }
  return found;
}

function compile(schema: Schema): CompiledSchema | null {
  const check = compileCheck(schema, nestedOk);
  const build = check && compileBuild(schema, (type) => compiledSchema(type)?.build ?? null);
  return check && build ? { build, check } : null;
}

/** A `@ValidateNested()` object, checked as its own class says; one of a class that is not compiled is not vouched for. */
function nestedOk(value: object): boolean {
  const type: unknown = value.constructor;
  return typeof type === 'function' && (compiledSchema(type as Schema)?.check(value) ?? false);
}

/**
 * `plainToInstance(schema, raw, …)` then `validateSync` in one compiled pass over a JSON object: the
 * instance when it surely passes; undefined when it does not, or when the schema is not compiled.
 */
export function fastShape<T extends object>(schema: ClassConstructor<T>, raw: object): T | undefined {
  const compiledShape = compiledSchema(schema);
  if (!compiledShape) {
    return undefined;
  }
  const instance = compiledShape.build(raw);
  return instance !== undefined && compiledShape.check(instance) ? (instance as T) : undefined;
}
