import { Expose, Transform, Type } from 'class-transformer';
import { IsArray, IsNumber, IsObject, IsOptional, IsString, Matches, ValidateNested } from 'class-validator';
import { plainDecimal } from './decimal';

type Decorator = PropertyDecorator;

/**
 * Response schema fields. Each one is `@Expose()`d, since `parseBody` copies declared fields
 * only; "optional" accepts null and absence.
 */
function field(...decorators: Decorator[]): Decorator {
  return (target, key) => [Expose(), ...decorators].forEach((decorate) => decorate(target, key));
}

export const Text = () => field(IsString());
export const OptionalText = () => field(IsOptional(), IsString());
export const OptionalNumber = () => field(IsOptional(), IsNumber());

/**
 * Money: a decimal string, or a JSON number whose source text `parseBody` kept (its key must be
 * among the schema's decimal keys). Exponent forms are written out; floats never appear.
 */
export const OptionalMoney = () =>
  field(
    IsOptional(),
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? (plainDecimal(value) ?? value) : value)),
    IsString({ message: '$property must be a decimal number' }),
    Matches(/^-?\d+(\.\d+)?$/, { message: '$property must be a decimal number' }),
  );

/** An object, not an array: `@ValidateNested()` alone takes an array of them too. */
export const OptionalObject = (type: () => new () => object) =>
  field(IsOptional(), IsObject(), ValidateNested(), Type(type));

export const OptionalList = (type: () => new () => object) =>
  field(IsOptional(), IsArray(), ValidateNested({ each: true }), Type(type));
