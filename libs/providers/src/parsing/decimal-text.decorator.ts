import { Transform } from 'class-transformer';
import { IsString, Matches } from 'class-validator';
import { plainDecimal } from './decimal';

/**
 * A money field: a decimal string, or a JSON number whose source text `parseBody` kept (its key
 * must be among the schema's decimal keys). Exponent forms are written out; floats never appear.
 */
export function DecimalText(): PropertyDecorator {
  const toPlain = Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? (plainDecimal(value) ?? value) : value,
  );
  const isString = IsString({ message: '$property must be a decimal number' });
  const isDecimal = Matches(/^-?\d+(\.\d+)?$/, { message: '$property must be a decimal number' });
  return (target, key) => {
    toPlain(target, key);
    isString(target, key);
    isDecimal(target, key);
  };
}
