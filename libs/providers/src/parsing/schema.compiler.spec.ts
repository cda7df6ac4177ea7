import { Expose } from 'class-transformer';
import { IsEmail, IsString } from 'class-validator';
import { OAuthTokenAnswer } from '../adapters/crypto-oauth/oauth-token.response';
import { CyberpayAnswer } from '../adapters/cyberpay/cyberpay.response';
import { MiraclecashPayment } from '../adapters/miraclecash/miraclecash.response';
import { STATUS_ANSWERS } from '../adapters/status-answers.fixtures';
import { parseJsonKeepingDecimals } from './lossless-json';
import { parseBody, validateShape } from './parse-body';
import { compiledSchema, fastShape } from './schema.compiler';

class Contact {
  @Expose() @IsString() id!: string;
  @Expose() @IsEmail() email!: string;
}

class Renamed {
  @Expose({ name: 'payment_id' }) @IsString() id!: string;
}

describe('compiledSchema', () => {
  it.each(STATUS_ANSWERS.map(({ kind, schema }) => [kind, schema]))('compiles the %s answer schema', (_, schema) => {
    expect(compiledSchema(schema)).not.toBeNull();
  });

  it('compiles the OAuth token answer schema', () => {
    expect(compiledSchema(OAuthTokenAnswer)).not.toBeNull();
  });

  it('leaves a schema with a constraint it does not know to the libraries, which still decide', () => {
    expect(compiledSchema(Contact)).toBeNull();
    expect(validateShape(Contact, { id: 'a', email: 'a@example.com' })).toEqual({ id: 'a', email: 'a@example.com' });
    expect(() => validateShape(Contact, { id: 'a', email: 'nope' })).toThrow('field email: email must be an email');
  });

  it('leaves a schema with a renamed field to the libraries', () => {
    expect(compiledSchema(Renamed)).toBeNull();
    expect(validateShape(Renamed, { payment_id: 'a' })).toEqual({ id: 'a' });
  });

  it.each(STATUS_ANSWERS.map((answer) => [answer.kind, answer]))(
    'reads the %s example on the compiled path, declared fields only',
    (_, { body, schema, decimals }) => {
      const instance = fastShape(schema, parseJsonKeepingDecimals(body, decimals) as object);
      expect(instance).toBeInstanceOf(schema);
      expect(Object.keys(instance ?? {})).toEqual(Object.keys(new schema()));
    },
  );
});

describe('validateShape', () => {
  it('words a rejection as class-validator does', () => {
    const body = '{"success":true,"data":{"orderId":"o","status":"s","progress":{"percentage":"66"}}}';
    expect(() => parseBody(body, CyberpayAnswer)).toThrow(
      'malformed answer: field data.progress.percentage: percentage must be a number conforming to the specified constraints',
    );
  });

  it('calls an object with a constructor member malformed, where class-transformer throws', () => {
    const read = () => parseBody('{"id":"a","status":{"constructor":"x"}}', MiraclecashPayment);
    expect(read).toThrow(
      expect.objectContaining({ kind: 'malformed', message: expect.stringContaining('cannot be read') }),
    );
  });
});
