import { createHash } from 'node:crypto';
import { Client } from 'pg';

/** Past this many statements on one connection, new ones run unnamed: the cache stays bounded. */
const MAX_PREPARED_PER_CONNECTION = 500;

/**
 * A pg client that prepares each parameterised statement under a name derived from its text, so
 * Postgres keeps its plan for the connection's life instead of planning it on every execution.
 * Row-level security makes planning the dominant cost of Cabinet's queries: the benchmark measured
 * 12 ms of planning against 1 ms of execution for a board page's 18 statements. The policies read
 * the tenant from settings at execution time, so a cached plan is correct for every tenant.
 * Statements without parameters (BEGIN, COMMIT) stay on the simple protocol.
 */
export class PreparingClient extends Client {
  private readonly prepared = new Set<string>();

  constructor(...config: ConstructorParameters<typeof Client>) {
    super(...config);
    // Wrapped here rather than overridden: Client.query's many overloads keep their types for callers.
    const plain = this.query.bind(this) as (...args: unknown[]) => unknown;
    (this as { query: unknown }).query = (...args: unknown[]) => plain(...this.named(args));
  }

  private named(args: unknown[]): unknown[] {
    const [text, values, callback] = args;
    if (typeof text !== 'string' || !Array.isArray(values) || values.length === 0 || typeof callback === 'function') return args;
    const name = `cab_${createHash('sha1').update(text).digest('base64url')}`;
    if (!this.prepared.has(name) && this.prepared.size >= MAX_PREPARED_PER_CONNECTION) return args;
    this.prepared.add(name);
    return [{ name, text, values }];
  }
}
