import type { FastifyReply, FastifyRequest } from 'fastify';
import { describeDevice, type OpenedSession, setSessionCookie } from '@cabinet/api/identity';
import type { SessionView } from '@cabinet/shared/contracts';

/** What a sign-in records about the request: its id for the audit trail, a plain device name. */
export function requestInfo(req: FastifyRequest): { requestId: string; device: string | null } {
  return { requestId: String(req.id), device: describeDevice(req.headers['user-agent']) };
}

/** Hands the new session to the browser as its cookie and answers with the session's view. */
export function started(reply: FastifyReply, opened: OpenedSession, secureCookies: boolean): SessionView {
  setSessionCookie(reply, opened.token, secureCookies);
  return opened.view;
}
