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

  it('masks the secret in a calendar feed\'s or an answer link\'s path', () => {
    expect(pathOnly('/api/calendar/AbCdEf_123-secret')).toBe('/api/calendar/:token');
    expect(pathOnly('/api/rsvp/AbCdEf_123-secret?answer=yes')).toBe('/api/rsvp/:token');
    expect(pathOnly('/api/calendar-feeds/5b0e3c1e')).toBe('/api/calendar-feeds/5b0e3c1e');
  });

  it('masks the secret of the answer page an email links to, and of a path with a stray slash after it', () => {
    expect(pathOnly('/rsvp/AbCdEf_123-secret?answer=no')).toBe('/rsvp/:token');
    expect(pathOnly('/api/rsvp/AbCdEf_123-secret/')).toBe('/api/rsvp/:token');
    expect(pathOnly('/api/calendar/AbCdEf_123-secret/x')).toBe('/api/calendar/:token');
    expect(pathOnly('/boards/5b0e3c1e/meetings')).toBe('/boards/5b0e3c1e/meetings');
  });

  it('masks the secret of a board\'s public input link, on the API and on the page a poster links to', () => {
    expect(pathOnly('/api/say/AbCdEf_123-secret')).toBe('/api/say/:token');
    expect(pathOnly('/api/say/AbCdEf_123-secret/qr.svg')).toBe('/api/say/:token');
    expect(pathOnly('/say/AbCdEf_123-secret')).toBe('/say/:token');
  });
});
