/** Where people land after signing in when nothing else was asked for. */
export const HOME_AFTER_SIGN_IN = '/account';

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
