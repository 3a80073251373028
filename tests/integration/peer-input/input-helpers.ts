import { TestClient } from '@cabinet/api/testing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/** Someone without an account, from an address of their own (the API trusts its proxy's X-Forwarded-For). */
export function visitor(api: NestFastifyApplication, address: string) {
  const client = new TestClient(api);
  const headers = { 'x-forwarded-for': address };
  return {
    get: <T>(url: string) => client.request<T>('GET', url, undefined, headers),
    post: <T>(url: string, body: unknown) => client.request<T>('POST', url, body, headers),
  };
}

/** The secret at the end of a public input link. */
export const tokenOf = (url: string): string => url.split('/say/')[1] ?? '';

export const idea = (overrides: Record<string, unknown> = {}) => ({ kind: 'idea', body: 'Open the drop-in on Saturdays too.', ...overrides });
