import '@fastify/cookie';
import type { FastifyReply } from 'fastify';
import { SESSION_COOKIE } from '@cabinet/shared/contracts';

/**
 * The session cookie: httpOnly (no script can read it), SameSite=Lax, Secure in production, and
 * a session cookie in the browser sense (gone when a shared computer's browser closes); the
 * server still enforces the idle and absolute limits.
 */
export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean): void {
  void reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  void reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}
