import type { IncomingMessage } from 'node:http';
import { pathOnly, requestIdFor } from './logger.options';

function requestWith(header?: string): IncomingMessage {
  return { headers: header === undefined ? {} : { 'x-request-id': header } } as unknown as IncomingMessage;
}

describe('request ids', () => {
  it('keeps a well-formed id sent by a proxy', () => {
    expect(requestIdFor(requestWith('abc12345-trace'))).toBe('abc12345-trace');
  });

  it('replaces an id that could inject text into the logs', () => {
    expect(requestIdFor(requestWith('bad id\n{"admin":true}'))).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('pathOnly', () => {
  it('drops the query string, which may carry a token', () => {
    expect(pathOnly('/api/invitations/accept?token=secret')).toBe('/api/invitations/accept');
  });
});
