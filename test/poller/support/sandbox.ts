import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadEnv } from '@statushub/config';
import { SandboxEnv, SandboxOptions } from '@statushub/sandbox';
import { readFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Json } from './hub';
import { SandboxAppModule } from '../../../apps/sandbox/src/sandbox-app.module';

const DEMO_PROVIDERS = join(__dirname, '..', '..', '..', 'config', 'providers.sandbox.json');

/** A provider connection as the HUB_PROVIDERS file holds it. */
export type ConnectionJson = Record<string, unknown> & { name: string; kind: string };

export interface Sandbox {
  url: string;
  /** The demo connection of `kind` pointed at this sandbox, renamed and with `overrides`. */
  connection(kind: string, name: string, overrides?: Record<string, unknown>): ConnectionJson;
  get(path: string): Promise<Json>;
  post(path: string, body?: unknown): Promise<Json>;
  /** Call times the sandbox saw for one payment (epoch ms, oldest first). */
  calls(kind: string, id: string): Promise<number[]>;
  close(): Promise<void>;
}

/** The sandbox app in this process on a free port; `paymentCallMemory` keeps every call of a test. */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const env = loadEnv(SandboxEnv, { LOG_LEVEL: 'silent' });
  const app: INestApplication = await NestFactory.create(
    SandboxAppModule.forRoot(env, { paymentCallMemory: 1_000, ...options }),
    { logger: false },
  );
  await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  const demo = JSON.parse(readFileSync(DEMO_PROVIDERS, 'utf8').replaceAll('http://127.0.0.1:4010', url)) as {
    providers: ConnectionJson[];
  };
  const send = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(url + path, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (response.status >= 300) {
      throw new Error(`${method} ${path}: ${response.status} ${text}`);
    }
    return text ? JSON.parse(text) : null;
  };
  return {
    url,
    connection: (kind, name, overrides = {}) => ({
      ...demo.providers.find((c) => c.kind === kind)!,
      name,
      ...overrides,
    }),
    get: (path) => send('GET', path),
    post: (path, body) => send('POST', path, body ?? {}),
    calls: async (kind, id) =>
      (await send('GET', `/admin/payments/${kind}/${encodeURIComponent(id)}/calls`)).timestamps,
    close: () => app.close(),
  };
}
