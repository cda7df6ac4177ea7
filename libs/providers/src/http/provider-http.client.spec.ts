import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { ProviderHttpClient } from './provider-http.client';

describe('ProviderHttpClient', () => {
  const http = new ProviderHttpClient();
  let server: Server;
  let url: string;

  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === '/slow') {
        setTimeout(() => response.end('{}'), 2_000);
      } else {
        response.end('{"ok":true}');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await http.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const get = (path: string) => ({ method: 'GET' as const, url: url + path, headers: {} });

  it('resolves with the status and body', async () => {
    await expect(http.send(get('/'), { timeoutMs: 1_000 })).resolves.toMatchObject({
      status: 200,
      body: '{"ok":true}',
    });
  });

  it('gives up after timeoutMs', async () => {
    await expect(http.send(get('/slow'), { timeoutMs: 50 })).rejects.toMatchObject({
      kind: 'timeout',
      message: 'no answer within 50 ms',
    });
  });

  it.each([
    ['while the call runs', (controller: AbortController) => setTimeout(() => controller.abort(), 20)],
    ['before it starts', (controller: AbortController) => controller.abort()],
  ])('stops when the caller aborts %s', async (_, abort) => {
    const controller = new AbortController();
    abort(controller);
    // The slow answer comes before the deadline: only the abort can make the call fail.
    await expect(http.send(get('/slow'), { timeoutMs: 10_000, signal: controller.signal })).rejects.toMatchObject({
      kind: 'timeout',
      message: 'aborted by the caller',
    });
  });
});
