import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { SessionView } from '@cabinet/shared/contracts';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface TestResponse<T = unknown> {
  status: number;
  body: T;
  headers: Record<string, string | string[] | number | undefined>;
  /** The body's bytes as sent, for downloads. */
  raw: Buffer;
}

/**
 * A browser-like client for the in-process API: keeps the session cookie and sends the CSRF
 * token on changes, as the web app does.
 */
export class TestClient {
  private cookies = new Map<string, string>();
  csrfToken: string | null = null;

  constructor(private readonly app: NestFastifyApplication) {}

  /** A Buffer payload is sent as it is (give its content-type in `headers`); anything else as JSON. */
  async request<T = unknown>(method: Method, url: string, payload?: unknown, headers: Record<string, string> = {}): Promise<TestResponse<T>> {
    const raw = Buffer.isBuffer(payload);
    const response = await this.app.inject({
      method,
      url,
      headers: {
        ...(this.cookies.size ? { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {}),
        ...(this.csrfToken && method !== 'GET' ? { 'x-csrf-token': this.csrfToken } : {}),
        ...(payload !== undefined && !raw ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(payload !== undefined ? { payload: raw ? payload : JSON.stringify(payload) } : {}),
    });
    for (const cookie of response.cookies as Array<{ name: string; value: string; expires?: Date; maxAge?: number }>) {
      const cleared = cookie.value === '' || (cookie.expires && cookie.expires.getTime() < Date.now()) || cookie.maxAge === 0;
      if (cleared) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    const body = (response.body ? (response.headers['content-type']?.toString().includes('json') ? response.json() : response.body) : undefined) as T;
    const maybeSession = body as Partial<SessionView> | undefined;
    if (response.statusCode === 200 && maybeSession && typeof maybeSession.csrfToken === 'string') this.csrfToken = maybeSession.csrfToken;
    return { status: response.statusCode, body, headers: response.headers, raw: response.rawPayload };
  }

  get<T = unknown>(url: string) {
    return this.request<T>('GET', url);
  }

  post<T = unknown>(url: string, payload?: unknown) {
    return this.request<T>('POST', url, payload ?? {});
  }

  patch<T = unknown>(url: string, payload?: unknown) {
    return this.request<T>('PATCH', url, payload ?? {});
  }

  /** Sends a file as the raw body, as the web app uploads evidence. */
  upload<T = unknown>(url: string, file: Buffer, contentType: string) {
    return this.request<T>('POST', url, file, { 'content-type': contentType });
  }

  delete<T = unknown>(url: string) {
    return this.request<T>('DELETE', url);
  }

  forgetCookies(): void {
    this.cookies.clear();
    this.csrfToken = null;
  }
}

/** The token in a link such as http://localhost:3000/verify-email?token=abc, found in an email's text. */
export function linkToken(text: string, path: string): string {
  const match = new RegExp(`${path.replace(/[/.]/g, '\\$&')}\\?token=([A-Za-z0-9_-]+)`).exec(text);
  if (!match?.[1]) throw new Error(`No ${path} link in:\n${text}`);
  return match[1];
}
