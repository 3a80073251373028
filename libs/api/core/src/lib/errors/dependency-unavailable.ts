/** Socket errors of a server that is down, restarting or unreachable. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * Postgres's own "not now" answers: connection exceptions (class 08) except a protocol violation
 * (08P01, which a request can cause: a bug, not an outage), too many connections, and the server
 * shutting down, crashing or still starting up (57P01-57P03).
 */
const POSTGRES_CODES = /^((?!08P01)08\w{3}|53300|57P0[123])$/;

/**
 * What node-postgres says, without a code, when its connection drops or cannot be made in time, or
 * when a transaction's next query finds its connection already gone ("Client was closed": seen once
 * as a 500 in the Postgres restart test under CI's parallel load).
 */
const DRIVER_MESSAGES = /^(Connection terminated|timeout exceeded when trying to connect|timeout expired|Client has encountered a connection error|Client was closed and is not queryable)/;

/**
 * TypeORM gives a transaction's connection back to the pool the moment the connection errors (the
 * server went away mid-transaction); the transaction's next query then fails with this.
 */
const RELEASED_MID_TRANSACTION = 'QueryRunnerAlreadyReleasedError';

/**
 * True when the error means a dependency (the database) is unavailable rather than that the request
 * or the code is wrong: the answer is then 503 ("try again shortly"), not a 500 with a stack trace
 * per request while Postgres restarts. TypeORM wraps driver errors, so the wrapped one is checked too.
 */
export function isDependencyUnavailable(error: unknown): boolean {
  for (const candidate of [error, (error as { driverError?: unknown } | null)?.driverError]) {
    // Duck-typed, not instanceof: Node's socket errors may come from another realm (as under Jest).
    if (typeof candidate !== 'object' || candidate === null) continue;
    const { code, message, name } = candidate as { code?: unknown; message?: unknown; name?: unknown };
    if (name === RELEASED_MID_TRANSACTION || (typeof message === 'string' && message.startsWith('Query runner already released'))) return true;
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || POSTGRES_CODES.test(code))) return true;
    if (typeof message === 'string' && DRIVER_MESSAGES.test(message)) return true;
  }
  return false;
}
