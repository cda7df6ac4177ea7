import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadEnv, parseProviderConnections } from '@statushub/config';
import { PollerEnv } from '@statushub/watching';
import { AddressInfo } from 'node:net';
import { PollerAppModule } from '../../../apps/poller/src/poller-app.module';
import { API_KEY, Json, TestHub } from './hub';
import { ConnectionJson } from './sandbox';

export interface Poller {
  url: string;
  app: INestApplication;
  /** HTTP call with the API key; the body parsed when there is one. */
  call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Answer>;
  metric(name: string, labels?: Record<string, string>): Promise<number>;
  close(): Promise<void>;
}

export interface Answer {
  status: number;
  body: Json;
}

/** The poller app in this process, as main.ts builds it, on a free port. */
export async function startPoller(hub: TestHub, connections: ConnectionJson[], extra: Record<string, string> = {}) {
  const env = loadEnv(PollerEnv, { ...hub.env(extra), HUB_PROVIDERS: '(in-process)' });
  const parsed = parseProviderConnections({ providers: connections });
  const app = await NestFactory.create(PollerAppModule.forRoot(env, parsed), { logger: false });
  app.enableShutdownHooks();
  await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  return pollerClient(url, app);
}

export function pollerClient(url: string, app: INestApplication): Poller {
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(url + path, {
      method,
      headers: { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  };
  return {
    url,
    app,
    call,
    metric: async (name, labels = {}) => metricValue(await (await fetch(`${url}/metrics`)).text(), name, labels),
    close: () => app.close(),
  };
}

/** The sum of a metric's samples whose labels include `labels`. */
export function metricValue(text: string, name: string, labels: Record<string, string>): number {
  let sum = 0;
  for (const line of text.split('\n')) {
    const match = /^([a-z_]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (match?.[1] !== name) {
      continue;
    }
    const have = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([key, value]) => have[key] === value)) {
      sum += Number(match[3]);
    }
  }
  return sum;
}
