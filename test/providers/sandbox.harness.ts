import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadEnv, parseProviderConnections, ProviderConnection } from '@statushub/config';
import { createAdapters, ProviderAdapter, ProviderHttpClient } from '@statushub/providers';
import { SandboxEnv, SandboxOptions } from '@statushub/sandbox';
import { readFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { SandboxAppModule } from '../../apps/sandbox/src/sandbox-app.module';

export const SANDBOX_PROVIDERS_FILE = join(__dirname, '..', '..', 'config', 'providers.sandbox.json');

export interface Sandbox {
  url: string;
  admin: Admin;
  http: ProviderHttpClient;
  /** The demo providers file's connections, pointed at this sandbox. */
  connections(): ProviderConnection[];
  /** An adapter for the demo connection of `kind`, with `overrides` applied to it. */
  adapter(kind: string, overrides?: Partial<ProviderConnection>): ProviderAdapter;
  close(): Promise<void>;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- admin answers are JSON, checked field by field with expect() */
export interface Admin {
  get(path: string): Promise<any>;
  send(method: 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<{ status: number; body: any }>;
  /** POST that must succeed. */
  post(path: string, body?: unknown): Promise<any>;
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/** The sandbox app in this process on a free port, with the shared HTTP client the adapters use. */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const env = loadEnv(SandboxEnv, { LOG_LEVEL: 'silent' });
  const app = await NestFactory.create(SandboxAppModule.forRoot(env, options), { logger: false });
  await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  const http = new ProviderHttpClient();
  const connections = () => sandboxConnections(url);
  const adapter = (kind: string, overrides: Partial<ProviderConnection> = {}) => {
    const connection = Object.assign(
      connections().find((c) => c.kind === kind)!,
      overrides,
    );
    return createAdapters([connection], http).get(connection.name)!;
  };
  return {
    url,
    admin: adminClient(url),
    http,
    connections,
    adapter,
    close: () => closeAll(app, http),
  };
}

function sandboxConnections(url: string): ProviderConnection[] {
  const text = readFileSync(SANDBOX_PROVIDERS_FILE, 'utf8').replaceAll('http://127.0.0.1:4010', url);
  return parseProviderConnections(JSON.parse(text));
}

async function closeAll(app: INestApplication, http: ProviderHttpClient): Promise<void> {
  await http.close();
  await app.close();
}

function adminClient(url: string): Admin {
  const send = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(url + path, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  };
  return {
    send,
    get: async (path) => (await send('GET', path)).body,
    post: async (path, body) => {
      const answer = await send('POST', path, body);
      if (answer.status >= 300) {
        throw new Error(`POST ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
      }
      return answer.body;
    },
  };
}
