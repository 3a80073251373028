import { runInNewContext } from 'node:vm';
import { isDependencyUnavailable } from './dependency-unavailable';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });
/** TypeORM's QueryFailedError keeps the driver's error as driverError. */
const wrapped = (driverError: Error) => Object.assign(new Error(driverError.message), { driverError });

describe('isDependencyUnavailable', () => {
  it('recognises a database that refuses, drops or times out connections', () => {
    expect(isDependencyUnavailable(withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'))).toBe(true);
    expect(isDependencyUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDependencyUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true);
  });

  it('recognises a socket error made in another realm, where instanceof Error is false', () => {
    const foreign: unknown = runInNewContext(`Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })`);
    expect(foreign instanceof Error).toBe(false);
    expect(isDependencyUnavailable(foreign)).toBe(true);
  });

  it('recognises Postgres shutting down or starting up, also when TypeORM wraps the error', () => {
    expect(isDependencyUnavailable(wrapped(withCode('terminating connection due to administrator command', '57P01')))).toBe(true);
    expect(isDependencyUnavailable(withCode('the database system is starting up', '57P03'))).toBe(true);
    expect(isDependencyUnavailable(withCode('connection failure', '08006'))).toBe(true);
    // A transaction's next query after its connection was closed under it.
    expect(isDependencyUnavailable(wrapped(new Error('Client was closed and is not queryable')))).toBe(true);
    // A transaction whose connection dropped between two of its queries.
    expect(isDependencyUnavailable(Object.assign(new Error('Query runner already released. Cannot run queries anymore.'), { name: 'QueryRunnerAlreadyReleasedError' }))).toBe(true);
  });

  it('leaves real bugs and bad data to be 500s or handled elsewhere', () => {
    expect(isDependencyUnavailable(wrapped(withCode('duplicate key value violates unique constraint', '23505')))).toBe(false);
    expect(isDependencyUnavailable(wrapped(withCode('syntax error at or near "FORM"', '42601')))).toBe(false);
    // A protocol violation is in class 08 but comes from the request (too many parameters, say).
    expect(isDependencyUnavailable(wrapped(withCode('bind message supplies 70000 parameters', '08P01')))).toBe(false);
    expect(isDependencyUnavailable(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(false);
    expect(isDependencyUnavailable('ECONNREFUSED')).toBe(false);
    expect(isDependencyUnavailable(null)).toBe(false);
  });
});
