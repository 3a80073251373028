import type { TestResponse } from '@cabinet/api/testing';

export interface Outcome {
  label: string;
  status: number;
  /** When the answer came, for telling the outage's answers from the ones before and after it. */
  at: number;
}

export interface SteadyLoad {
  outcomes: Outcome[];
  /** Lets each loop finish its request in flight, then returns every answer. */
  stop(): Promise<Outcome[]>;
}

/**
 * Keeps `concurrency` loops of requests going, each taking the next request in turn, as users do
 * while something fails underneath: the outage happens under load, with requests in flight, not
 * between two quiet requests. A request that throws counts as status 0.
 */
export function steadyLoad(requests: Array<{ label: string; send: () => Promise<TestResponse> }>, concurrency: number, pauseMs = 20): SteadyLoad {
  const outcomes: Outcome[] = [];
  let running = true;
  let next = 0;
  const loop = async () => {
    while (running) {
      const request = requests[next++ % requests.length]!;
      const status = await request.send().then(
        (response) => response.status,
        () => 0,
      );
      outcomes.push({ label: request.label, status, at: Date.now() });
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
  };
  const loops = Array.from({ length: concurrency }, loop);
  return {
    outcomes,
    stop: async () => {
      running = false;
      await Promise.all(loops);
      return outcomes;
    },
  };
}

/** "GET /api/boards 200 ×12, 503 ×3": what a failed assertion shows. */
export function tally(outcomes: Outcome[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { label, status } of outcomes) counts[`${label} ${status}`] = (counts[`${label} ${status}`] ?? 0) + 1;
  return counts;
}
