import { Type, plainToInstance } from 'class-transformer';
import {
  IsArray,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  ValidateNested,
  ValidationError,
  validateSync,
} from 'class-validator';
import { readFileSync } from 'node:fs';
import { ConfigError } from './load-env';

/** One provider connection of the `HUB_PROVIDERS` file (CONTRACT §6), `env:` references resolved. */
export class ProviderConnection {
  @IsString()
  @Matches(/^[a-z0-9_-]+$/, { message: 'name must be [a-z0-9_-]+' })
  name!: string;

  @IsString()
  kind!: string;

  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true })
  baseUrl!: string;

  /** Checked against the kind's own auth schema by the providers library. */
  @IsObject()
  auth!: Record<string, unknown>;

  @IsOptional()
  @IsInt()
  @Min(1)
  rateLimitPerMinute?: number;

  @IsInt()
  @Min(100)
  @Max(3_600_000)
  pollIntervalMs: number = 5000;

  @IsInt()
  @Min(100)
  @Max(120_000)
  timeoutMs: number = 10_000;

  @IsInt()
  @Min(0)
  @Max(24 * 90)
  maxWatchHours: number = 25;

  @IsOptional()
  @IsString()
  webhookToken?: string;
}

class ProvidersFile {
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ProviderConnection)
  providers!: ProviderConnection[];
}

/** Reads and validates the connections file; every problem is named by its path in the file. */
export function loadProviderConnections(path: string, env: NodeJS.ProcessEnv = process.env): ProviderConnection[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigError([`HUB_PROVIDERS: cannot read ${path}: ${(error as Error).message}`]);
  }
  return parseProviderConnections(raw, env);
}

export function parseProviderConnections(raw: unknown, env: NodeJS.ProcessEnv = process.env): ProviderConnection[] {
  const problems: string[] = [];
  const resolved = resolveEnvRefs(raw, env, 'HUB_PROVIDERS', problems);
  const file = plainToInstance(ProvidersFile, resolved ?? {});
  problems.push(...describe(validateSync(file), 'HUB_PROVIDERS'));
  const names = new Set<string>();
  (file.providers ?? []).forEach((connection, i) => {
    if (names.has(connection.name)) {
      problems.push(`HUB_PROVIDERS.providers[${i}].name: "${connection.name}" is used twice`);
    }
    names.add(connection.name);
  });
  if (problems.length > 0) {
    throw new ConfigError(problems);
  }
  return file.providers;
}

function resolveEnvRefs(value: unknown, env: NodeJS.ProcessEnv, path: string, problems: string[]): unknown {
  if (typeof value === 'string' && value.startsWith('env:')) {
    const name = value.slice(4);
    const found = env[name];
    if (found === undefined || found === '') {
      problems.push(`${path}: environment variable ${name} is not set`);
    }
    return found;
  }
  if (Array.isArray(value)) {
    return value.map((item, i) => resolveEnvRefs(item, env, `${path}[${i}]`, problems));
  }
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, resolveEnvRefs(item, env, `${path}.${key}`, problems)]),
    );
  }
  return value;
}

export function describe(errors: ValidationError[], path: string): string[] {
  return errors.flatMap((error) => {
    const here = /^\d+$/.test(error.property) ? `${path}[${error.property}]` : `${path}.${error.property}`;
    const own = Object.values(error.constraints ?? {}).map((message) => `${here}: ${message}`);
    return [...own, ...describe(error.children ?? [], here)];
  });
}
