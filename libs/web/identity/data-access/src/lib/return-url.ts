import { Permission, type SessionView } from '@cabinet/shared/contracts';

/** Where people land after signing in when nothing else was asked for, and they cannot see boards. */
export const HOME_AFTER_SIGN_IN = '/account';

/** The boards list: the start page for everyone who sits on or runs boards. */
export const BOARDS_HOME = '/boards';

/**
 * The start page for this session: the boards list for people who may read boards, the account page
 * for everyone else (a funder auditor has no boards list and would only meet "no access" there).
 */
export function homeAfterSignIn(session: Pick<SessionView, 'permissions'> | null | undefined): string {
  return session?.permissions.includes(Permission.BoardsRead) ? BOARDS_HOME : HOME_AFTER_SIGN_IN;
}

/**
 * Only paths inside this app: a `returnUrl` from the address bar must not send someone to another
 * site after they typed their password (an open redirect).
 */
export function safeReturnUrl(value: string | null | undefined, fallback = HOME_AFTER_SIGN_IN): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  // Going back to the sign-in pages after signing in would loop.
  if (/^\/(sign-in|sign-up)(?:[/?#]|$)/.test(value)) return fallback;
  return value;
}
