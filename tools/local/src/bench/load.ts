import autocannon from 'autocannon';

/** One user path under load: what autocannon sends, and how hard. */
export interface LoadPath {
  name: string;
  /** The request measured, as the web app sends it (e.g. "GET /api/boards/:id"). */
  route: string;
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
  connections: number;
  /** Page-data reads are held to the latency targets; sign-in and writes are reported only. */
  pageData: boolean;
  /** Called for every request, e.g. to vary the account or the client address. */
  setup?: (request: { headers?: Record<string, string>; body?: string | Buffer }) => void;
  note?: string;
}

export interface LoadResult {
  name: string;
  route: string;
  connections: number;
  durationSeconds: number;
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** Status codes other than 2xx and how often, so a failing run says why. */
  statuses: Record<string, number>;
  pageData: boolean;
  note?: string;
}

/** Exact percentiles from every response time (autocannon's own histogram has no p95). */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function run(baseUrl: string, path: LoadPath, durationSeconds: number, record: boolean): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const times: number[] = [];
    const statuses: Record<string, number> = {};
    const instance = autocannon(
      {
        url: baseUrl,
        connections: path.connections,
        duration: durationSeconds,
        timeout: 30,
        requests: [
          {
            method: path.method,
            path: path.path,
            headers: path.headers,
            ...(path.body !== undefined ? { body: path.body } : {}),
            ...(path.setup
              ? {
                  setupRequest: (request) => {
                    path.setup!(request as { headers?: Record<string, string> });
                    return request;
                  },
                }
              : {}),
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error);
        times.sort((a, b) => a - b);
        resolve({
          name: path.name,
          route: path.route,
          connections: path.connections,
          durationSeconds,
          requests: times.length,
          requestsPerSecond: times.length / durationSeconds,
          p50Ms: percentile(times, 50),
          p95Ms: percentile(times, 95),
          p99Ms: percentile(times, 99),
          non2xx: result.non2xx,
          errors: result.errors,
          timeouts: result.timeouts,
          statuses,
          pageData: path.pageData,
          ...(path.note ? { note: path.note } : {}),
        });
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (!record) return;
      times.push(responseTime);
      if (statusCode < 200 || statusCode > 299) statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    });
  });
}

/**
 * A short warm-up (JIT, connection pools, Postgres caches), then the measured run at a fixed
 * concurrency for a fixed time, on loopback.
 */
export async function measureLoad(baseUrl: string, path: LoadPath, options: { warmUpSeconds: number; durationSeconds: number }): Promise<LoadResult> {
  await run(baseUrl, path, options.warmUpSeconds, false);
  return run(baseUrl, path, options.durationSeconds, true);
}
