// Drives the real HTTP app in-process (Fastify inject): cookies, CSRF token and all.
import type { LightMyRequestResponse } from 'fastify';
import type { AppServices } from '../../src/server/context.js';
import { buildApp } from '../../src/server/http/app.js';
import type { App } from '../../src/server/http/types.js';
import { PASSWORD } from './world.js';

export async function testApp(
  services: AppServices,
  /** Routes a test adds beside the app's own, before it is ready (the browser tests' axe-core). */
  extraRoutes?: (app: App) => void,
): Promise<App> {
  const app = await buildApp(services, { logLevel: false });
  extraRoutes?.(app);
  await app.ready();
  return app;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export class Client {
  cookie: string | null = null;
  csrfToken: string | null = null;

  /** `address`: the client address the server sees (sign-in throttling counts per address). */
  constructor(
    private readonly app: App,
    readonly address = '127.0.0.1',
  ) {}

  async request(
    method: Method,
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    const response = await this.app.inject({
      method,
      url,
      remoteAddress: this.address,
      headers: {
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrfToken && method !== 'GET' ? { 'x-csrf-token': this.csrfToken } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined
        ? {}
        : { payload: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const cookies = response.cookies as { name: string; value: string }[];
    const setCookie = cookies.find((c) => c.name === 'lantern_session');
    if (setCookie) this.cookie = setCookie.value ? `lantern_session=${setCookie.value}` : null;
    // A JSON body only: the public directory's ndjson lists are one JSON object a line.
    const json = String(response.headers['content-type'] ?? '').startsWith('application/json')
      ? response.json<{ csrfToken?: unknown }>()
      : null;
    if (json && typeof json.csrfToken === 'string') this.csrfToken = json.csrfToken;
    return response;
  }

  get = (url: string) => this.request('GET', url);
  post = (url: string, body?: unknown) => this.request('POST', url, body ?? {});
  patch = (url: string, body: unknown) => this.request('PATCH', url, body);
  put = (url: string, body: unknown) => this.request('PUT', url, body);

  async login(email: string, password = PASSWORD): Promise<LightMyRequestResponse> {
    return this.post('/api/auth/login', { email, password });
  }
}

/** A client already signed in; fails the test if sign-in does not open a full session. */
export async function signedIn(app: App, email: string): Promise<Client> {
  const client = new Client(app);
  const response = await client.login(email);
  if (response.statusCode !== 200)
    throw new Error(`sign-in of ${email} failed: ${response.statusCode} ${response.body}`);
  return client;
}
