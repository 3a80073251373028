import type { LoadPath } from './load';
import type { BenchSession } from './personas';

export const CONCURRENCY = 50;
/**
 * Sign-in is deliberately expensive (argon2id, 19 MiB and two passes per attempt, on the libuv
 * thread pool) and throttled in Redis: at 50 connections it measures how long argon2 queues, not
 * Cabinet. It gets its own, lower concurrency and is reported as a CPU-bound path, not a page.
 */
export const SIGN_IN_CONCURRENCY = 8;

export interface PathContext {
  sessions: { manager: BenchSession; member: BenchSession; funder: BenchSession };
  accounts: string[];
  password: string;
  sample: { boardId: string; meetingId: string };
  /** A reporting year the sample board has stored results for (the export's periodFrom). */
  exportPeriodFrom: string;
}

/**
 * Every sign-in comes from its own client address (X-Forwarded-For from loopback, a trusted proxy,
 * as behind a real load balancer) and rotates over the accounts: the per-address limit (50 in 15
 * minutes) and per-account limit (10) stop one guesser, and a benchmark from one address would only
 * measure the 429s. At most SIGN_IN_CONCURRENCY attempts per account are ever in flight, and each
 * success clears the account's count, so none is refused.
 */
function signInSetup(accounts: string[], password: string): LoadPath['setup'] {
  let n = 0;
  return (request) => {
    n += 1;
    const identifier = accounts[n % accounts.length]!;
    request.headers = { ...request.headers, 'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` };
    request.body = JSON.stringify({ identifier, password });
  };
}

/** The main page-data call of each key page, found in the web app's data-access services. */
export function benchPaths(context: PathContext): LoadPath[] {
  const { sessions, sample } = context;
  const board = `/api/boards/${sample.boardId}`;
  const read = (name: string, route: string, path: string, session: BenchSession): LoadPath => ({
    name,
    route: `GET ${route}`,
    method: 'GET',
    path,
    headers: session.read,
    connections: CONCURRENCY,
    pageData: true,
  });
  return [
    {
      name: 'Sign-in',
      route: 'POST /api/auth/sign-in',
      method: 'POST',
      path: '/api/auth/sign-in',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ identifier: context.accounts[0], password: context.password }),
      connections: SIGN_IN_CONCURRENCY,
      pageData: false,
      setup: signInSetup(context.accounts, context.password),
      note: `CPU-bound by design (argon2id); ${SIGN_IN_CONCURRENCY} connections, ${context.accounts.length} accounts, one client address per attempt`,
    },
    // Diagnostics, not pages: Cabinet's HTTP stack alone (helmet, request log, guard), then with a session looked up.
    { ...read('Cabinet without the database', '/api/health/live', '/api/health/live', sessions.member), headers: {}, pageData: false, note: 'diagnostic: the HTTP stack alone (no session, no SQL)' },
    { ...read('Session only', '/api/auth/session', '/api/auth/session', sessions.member), pageData: false, note: "diagnostic: the guard's session lookup plus the session view, the fixed cost every page pays" },
    read("Member's home (boards list)", '/api/boards', '/api/boards', sessions.member),
    read('Board page', '/api/boards/:boardId', board, sessions.manager),
    read('Meeting page', '/api/boards/:boardId/meetings/:meetingId', `${board}/meetings/${sample.meetingId}`, sessions.member),
    read('Recommendations board', '/api/boards/:boardId/recommendations', `${board}/recommendations`, sessions.manager),
    read("Funder's portfolio dashboard", '/api/portfolio', '/api/portfolio', sessions.funder),
    {
      // Last: every request queues a PDF for the workers, who go on making them after the run.
      name: 'Evidence export request (PDF)',
      route: 'POST /api/portfolio/boards/:boardId/exports',
      method: 'POST',
      path: `/api/portfolio/boards/${sample.boardId}/exports`,
      headers: sessions.funder.write,
      body: JSON.stringify({ kind: 'evidence_pdf', periodFrom: context.exportPeriodFrom }),
      connections: CONCURRENCY,
      pageData: false,
      note: 'a write: the export row, its outbox message and an audit entry, appended one at a time per organisation (audit chain lock)',
    },
  ];
}
