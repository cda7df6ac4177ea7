import { ClassConstructor } from 'class-transformer';
import {
  getMetadataStorage,
  isArray,
  isBoolean,
  isDefined,
  isIn,
  isNotEmpty,
  isNumber,
  IsNumberOptions,
  isObject,
  isString,
  matches,
  min,
  ValidationTypes,
} from 'class-validator';

/** What `validateSync(instance, { forbidUnknownValues: true })` says of an instance: true when it finds nothing. */
export type Check = (instance: object) => boolean;

type Test = (value: unknown) => boolean;
type Condition = (object: object, value: unknown) => boolean;
type ValidationMetadata = ReturnType<ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas']>[number];

interface Rule {
  key: string;
  /** `@IsOptional()`, `@ValidateIf(…)`: the other rules apply only when all of them hold. */
  conditions: Condition[];
  tests: Test[];
  /** `@ValidateNested()`. */
  nested: boolean;
}

/** The constraints the compiled check knows, by name: class-validator's own functions, given the decorator's arguments. */
const TESTS: Readonly<Record<string, (value: unknown, constraints: unknown[]) => boolean>> = {
  isDefined,
  isString,
  isBoolean,
  isArray,
  isNotEmpty,
  isObject,
  isNumber: (value, [options]) => isNumber(value, options as IsNumberOptions),
  isIn: (value, [values]) => isIn(value, values as unknown[]),
  min: (value, [bound]) => min(value, bound as number),
  matches: (value, [pattern, modifiers]) => matches(value as string, pattern as string, modifiers as string),
};

/**
 * The schema's class-validator metadata as one function. `nestedOk` checks a `@ValidateNested()`
 * value other than an array. Null when the schema has a rule this does not know, or none at all
 * (`forbidUnknownValues` rejects an instance of such a class).
 */
export function compileCheck(schema: ClassConstructor<object>, nestedOk: Check): Check | null {
  const storage = getMetadataStorage();
  const metadatas = storage.getTargetValidationMetadatas(schema, '', false, false);
  const rules = Object.entries(storage.groupByPropertyName(metadatas)).map(([key, list]) => ruleOf(key, list));
  if (rules.length === 0 || rules.some((rule) => rule === null)) {
    return null;
  }
  const each = (value: unknown): boolean =>
    Array.isArray(value)
      ? value.every((item) => item === undefined || each(item))
      : value instanceof Object && nestedOk(value);
  return (instance) => {
    for (const { key, conditions, tests, nested } of rules as Rule[]) {
      const value = (instance as Record<string, unknown>)[key];
      if (conditions.every((condition) => condition(instance, value))) {
        if (!tests.every((test) => test(value)) || (nested && value !== undefined && !each(value))) {
          return false;
        }
      }
    }
    return true;
  };
}

function ruleOf(key: string, metadatas: ValidationMetadata[]): Rule | null {
  const rule: Rule = { key, conditions: [], tests: [], nested: false };
  for (const { type, name, constraints, each, validateIf } of metadatas) {
    switch (type) {
      case ValidationTypes.CONDITIONAL_VALIDATION:
        rule.conditions.push(constraints[0] as Condition);
        break;
      case ValidationTypes.NESTED_VALIDATION:
        rule.nested = true;
        break;
      case ValidationTypes.WHITELIST:
        break;
      case ValidationTypes.IS_DEFINED:
      case ValidationTypes.CUSTOM_VALIDATION: {
        const test = name === undefined || each || validateIf || !Object.hasOwn(TESTS, name) ? undefined : TESTS[name];
        if (!test) {
          return null;
        }
        const given = constraints ?? [];
        rule.tests.push((value) => test(value, given));
        break;
      }
      default:
        return null;
    }
  }
  return rule;
}
