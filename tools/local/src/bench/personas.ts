import { CSRF_HEADER, SESSION_COOKIE, type SessionView } from '@cabinet/shared/contracts';

/** A signed-in person as the browser holds them: the session cookie, and the CSRF token for changes. */
export interface BenchSession {
  cookie: string;
  csrfToken: string;
  /** Headers for a read, and for a change (which must carry the session's CSRF token). */
  read: Record<string, string>;
  write: Record<string, string>;
}

/** Signs in once through the real route, as the web app does. */
export async function signIn(baseUrl: string, identifier: string, password: string): Promise<BenchSession> {
  const response = await fetch(`${baseUrl}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ identifier, password }),
  });
  if (response.status !== 200) throw new Error(`Signing in ${identifier} for the benchmark failed: HTTP ${response.status} ${await response.text()}`);
  const session = (await response.json()) as SessionView;
  const token = response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0]!)
    .find((pair) => pair.startsWith(`${SESSION_COOKIE}=`));
  if (!token) throw new Error(`Signing in ${identifier} set no session cookie.`);
  const read = { cookie: token };
  return { cookie: token, csrfToken: session.csrfToken, read, write: { ...read, 'content-type': 'application/json', [CSRF_HEADER]: session.csrfToken } };
}
