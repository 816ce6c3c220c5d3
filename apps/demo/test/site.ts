// The site under test: the real app over an in-memory database, served on a loopback port,
// and a client that keeps cookies and sends the CSRF token as the site's script does.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp, createDeps } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/client.js';
import type { Deps } from '../src/deps.js';

export interface Site {
  url: string;
  deps: Deps;
  server: Server;
  close(): Promise<void>;
}

/**
 * Starts the site. Call it inside the test (or the guard's scope): the server's requests to
 * third parties then belong to that test.
 */
export async function startSite(
  extend?: (app: ReturnType<typeof createApp>, deps: Deps) => void,
): Promise<Site> {
  const config = loadConfig({ ADMIN_TOKEN: 'test-admin-token' });
  const deps = createDeps(config, openDatabase(':memory:'));
  const app = createApp(deps);
  extend?.(app, deps);
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    deps,
    server,
    close: () => new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}

/** A browser's worth of cookies against `baseUrl`. */
export class Client {
  readonly cookies = new Map<string, string>();
  /** Every response, for cookie assertions. */
  readonly responses: Response[] = [];

  constructor(private readonly baseUrl: string) {}

  async request(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Response> {
    const response = await fetch(new URL(path, this.baseUrl), {
      method,
      redirect: 'manual',
      headers: {
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(this.cookies.size > 0
          ? { Cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') }
          : {}),
        ...(this.cookies.has('csrf_token')
          ? { 'X-CSRF-Token': this.cookies.get('csrf_token')! }
          : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const cleared = attributes.some((a) => /^\s*(max-age=0|expires=thu, 01 jan 1970)/i.test(a));
      if (cleared) this.cookies.delete(name);
      else this.cookies.set(name, pair.slice(at + 1).trim());
    }
    this.responses.push(response);
    return response;
  }

  get = (path: string) => this.request('GET', path);
  post = (path: string, body: unknown = {}) => this.request('POST', path, body);
  patch = (path: string, body: unknown) => this.request('PATCH', path, body);
  delete = (path: string) => this.request('DELETE', path, {});
}
