import { ClassConstructor, plainToInstance } from 'class-transformer';
import { ValidationError, validateSync } from 'class-validator';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

/** Reads the environment into `cls`, validated once; every bad variable is named in one error. */
export function loadEnv<T extends object>(cls: ClassConstructor<T>, env: NodeJS.ProcessEnv = process.env): T {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const config = plainToInstance(cls, present, { exposeDefaultValues: true, excludeExtraneousValues: true });
  const errors = validateSync(config, { forbidUnknownValues: true });
  if (errors.length > 0) {
    throw new ConfigError(describe(errors, present));
  }
  return config;
}

function describe(errors: ValidationError[], env: Record<string, unknown>): string[] {
  return errors.map((error) => {
    const raw = env[error.property];
    const shown = raw === undefined ? 'not set' : `got ${JSON.stringify(raw)}`;
    return `${error.property}: ${Object.values(error.constraints ?? {}).join('; ')} (${shown})`;
  });
}

/** For main.ts: a bad configuration stops the process at once, naming the variable. */
export function loadConfigOrExit<T>(load: () => T): T {
  try {
    return load();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
}
